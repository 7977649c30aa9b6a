// The argument of a boxed closure's call must be its parameter's type.
fn main() {
    let f: &dyn Fn(i32) -> i32 = &|x| x + 1;
    let n: i32 = f("two");
    println!("{}", n);
}
