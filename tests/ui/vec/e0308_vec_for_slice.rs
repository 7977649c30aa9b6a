fn sum(xs: &[i32]) -> i32 {
    xs.len() as i32
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", sum(v));
}
