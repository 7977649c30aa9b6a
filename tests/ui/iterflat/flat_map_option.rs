fn half(n: i32) -> Option<i32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}

fn main() {
    let xs = vec![4, 7, 10, 3];
    let a: Vec<i32> = xs.iter().flat_map(|&x| half(x)).collect();
    let b: Vec<i32> = xs.iter().filter_map(|&x| half(x)).collect();
    println!("{:?} {:?} {}", a, b, a == b);
}
