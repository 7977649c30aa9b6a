//@ mode: check
macro_rules! pair {
    ($a:expr, $b:expr) => { ($a, $b) };
}

fn main() {
    let p = pair!(1,);
    println!("{:?}", p);
}
