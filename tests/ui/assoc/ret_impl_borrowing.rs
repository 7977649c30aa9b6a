// An opaque iterator borrowing its argument: `+ 'a` captures the lifetime.
fn big<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a {
    v.iter().filter(|x| **x > 10)
}

fn main() {
    let v = vec![5, 12, 30, 7];
    for x in big(&v) {
        println!("{}", x);
    }
}
