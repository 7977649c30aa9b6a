//@ mode: check
macro_rules! flat {
    ($($x:expr),*) => { $x };
}

fn main() {
    let v = flat!(1, 2);
    println!("{}", v);
}
