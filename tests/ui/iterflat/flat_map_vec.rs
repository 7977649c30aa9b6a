fn main() {
    let counts = vec![1, 2, 3];
    let repeated: Vec<u32> = counts.iter().flat_map(|&n| vec![n; n as usize]).collect();
    println!("{:?}", repeated);
}
