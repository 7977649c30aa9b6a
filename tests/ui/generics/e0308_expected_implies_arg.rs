//@ mode: check
// The annotation decides the constructor's type argument, so the argument is the error.
fn main() {
    let a: Option<f64> = Some(1);
    let c: Option<i64> = Some(5i32);
    let f: Result<u8, String> = Err("bad");
    let g: Vec<Option<u8>> = vec![Some(1)];
    println!("{:?} {:?} {:?} {:?}", a, c, f, g);
}
