// `to_owned` of a type that is not `Clone`: the blanket impl's bound fails, so rustc
// finds no method (E0599), pointing at the `Clone` it would need.
struct Plain {
    n: u8,
}

fn main() {
    let p = Plain { n: 1 };
    let q = p.to_owned();
    println!("{}", q.n);
}
