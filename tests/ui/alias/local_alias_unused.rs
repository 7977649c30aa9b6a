fn main() {
    type Unused = u8;
    println!("hi");
}
