//@ mode: check
// std's types have no arithmetic: rustc points at the type's definition in its library.
fn main() {
    let o: Option<i32> = Some(1);
    let a = o + 1;
    println!("{:?}", a);
}
