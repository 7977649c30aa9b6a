fn main() {
    let count: usize = 5;
    let scores: [u32; count] = [0; 5];
    println!("{:?}", scores);
}
