fn main() {
    let bytes: Vec<u8> = vec![200, 100];
    let total = bytes.iter().sum::<u32>();
    println!("{}", total);
}
