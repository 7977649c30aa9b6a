//@ mode: check
fn main() {
    let ready = true;
    let n: i32 = ready.then_some(5);
    println!("{}", n);
}
