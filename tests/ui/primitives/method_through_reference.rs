fn largest_gap(values: &[i32; 4]) -> u32 {
    let mut best = 0;
    for i in 1..4 {
        let a = &values[i - 1];
        let gap = a.abs_diff(values[i]);
        best = best.max(gap);
    }
    best
}

fn main() {
    let v = [3, -8, 10, 9];
    println!("{}", largest_gap(&v));
    let c = &'k';
    println!("{} {}", c.is_ascii_lowercase(), c.to_ascii_uppercase());
}
