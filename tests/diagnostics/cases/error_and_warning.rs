fn main() {
    let unused = 1;
    let a: u8 = "no";
}
