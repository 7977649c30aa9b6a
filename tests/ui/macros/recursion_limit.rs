//@ mode: check
macro_rules! forever {
    ($e:expr) => { forever!($e + 1) };
}

fn main() {
    let v = forever!(0);
    println!("{}", v);
}
