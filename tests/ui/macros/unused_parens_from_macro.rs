macro_rules! wrap {
    ($x:expr) => {
        ($x)
    };
}

fn main() {
    let s = wrap!(2);
    let t = (wrap!(3));
    println!("{} {}", s, t);
}
