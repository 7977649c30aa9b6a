fn halves(n: usize) -> usize {
    let half: i32 = n / 2;
    half as usize
}
fn main() {
    println!("{}", halves(4));
}
