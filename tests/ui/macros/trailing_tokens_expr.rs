//@ mode: check
macro_rules! two {
    () => { 1 2 };
}

fn main() {
    let p = two!();
    println!("{:?}", p);
}
