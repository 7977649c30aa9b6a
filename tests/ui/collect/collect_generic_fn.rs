fn evens(limit: u32) -> Vec<u32> {
    (0..limit).filter(|n| n % 2 == 0).collect()
}

fn main() {
    println!("{:?}", evens(9));
}
