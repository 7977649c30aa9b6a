//@ mode: check
#[derive(Debug)]
struct Inner {
    n: i32,
}

fn take(r: &(Inner, i32)) -> Inner {
    r.0
}

fn main() {
    let t = (Inner { n: 1 }, 2);
    println!("{:?} {}", take(&t), t.1);
}
