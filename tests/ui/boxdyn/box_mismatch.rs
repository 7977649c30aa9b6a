// A box is not the value it holds.
fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let b = Box::new(4);
    println!("{}", double(b));
}
