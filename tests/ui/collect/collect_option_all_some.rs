fn half(n: i32) -> Option<i32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}

fn main() {
    let evens = vec![2, 4, 10];
    let halves: Option<Vec<i32>> = evens.iter().map(|n| half(*n)).collect();
    println!("{:?}", halves);
}
