struct Meters(f64);

fn main() {
    let m: Meters = Default::default();
    println!("{}", m.0);
}
