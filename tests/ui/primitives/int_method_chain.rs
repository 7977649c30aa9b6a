fn score(values: [i32; 5]) -> i32 {
    let mut total: i32 = 0;
    for v in values {
        total = total.saturating_add(v.abs().pow(2));
    }
    total.clamp(0, 100)
}

fn main() {
    println!("{}", score([1, -2, 3, -4, 5]));
    println!("{}", score([10, 0, 0, 0, 0]));
}
