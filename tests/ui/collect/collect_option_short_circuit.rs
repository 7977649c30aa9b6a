fn half(n: i32) -> Option<i32> {
    println!("checking {}", n);
    if n % 2 == 0 { Some(n / 2) } else { None }
}

fn main() {
    let numbers = vec![2, 3, 4];
    let halves: Option<Vec<i32>> = numbers.iter().map(|n| half(*n)).collect();
    println!("{:?}", halves);
}
