fn main() {
    type Pt = (i32, i32);
    let p: Pt = (2, 5);
    println!("{}", p.0 * p.1);
}
