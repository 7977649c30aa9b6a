//@ mode: check
struct Meters(f64);

fn main() {
    let m: Meters<f64> = Meters(1.0);
    println!("{}", m.0);
}
