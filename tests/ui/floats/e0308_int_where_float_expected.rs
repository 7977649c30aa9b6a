//@ mode: check
fn half(x: f64) -> f64 { x / 2.0 }
fn third(x: f32) -> f32 { x / 3.0 }
fn main() {
    let a: u32 = 4;
    let b: i64 = 5;
    let c: usize = 6;
    let d: i32 = 7;
    println!("{}", half(a));
    println!("{}", half(b));
    println!("{}", half(c + 1));
    println!("{}", third(d));
    println!("{}", half(-d));
    println!("{}", half(9u8));
    println!("{}", third(9i64));
    let mut f = 1.0f64;
    f = d;
    println!("{f}");
}
