//@ mode: check
#[derive(Debug)]
struct Scale {
    factor: f64,
}

fn main() {
    let s = Scale { factor: 2.0 };
    let x: f64 = 1.5;
    println!("{:?}", x * s);
}
