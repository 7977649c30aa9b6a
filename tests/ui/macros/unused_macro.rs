//@ mode: check
macro_rules! unused_one {
    () => {};
}

fn main() {
    println!("hi");
}
