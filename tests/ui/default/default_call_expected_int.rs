fn main() {
    let x: i32 = Default::default();
    let y: f64 = Default::default();
    let b: bool = Default::default();
    println!("{} {} {}", x, y, b);
}
