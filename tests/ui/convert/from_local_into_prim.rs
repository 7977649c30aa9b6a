struct W(i32);
impl From<W> for i32 {
    fn from(w: W) -> i32 { w.0 }
}
fn main() {
    let n: i32 = W(4).into();
    let m = i32::from(W(5));
    println!("{} {}", n, m);
}
