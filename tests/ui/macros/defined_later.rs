//@ mode: check
fn main() {
    let n = later!(1);
    println!("{}", n);
}

macro_rules! later {
    ($e:expr) => { $e };
}
