//@ mode: check
struct Meters(f64);

type M = Meters;

fn main() {
    let m = M::zero();
    println!("{}", m.0);
}
