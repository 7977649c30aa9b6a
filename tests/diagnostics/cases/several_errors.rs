fn main() {
    let a: i32 = "x";
    let b = missing;
    let c: bool = 5;
}
