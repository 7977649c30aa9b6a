fn main() {
    let n = 3;
    let grid = [0u8; n];
    println!("{:?}", grid);
}
