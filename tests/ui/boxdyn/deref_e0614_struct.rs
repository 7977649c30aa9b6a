// A struct without `Deref` cannot be dereferenced.
struct Meters(f64);

fn main() {
    let m = Meters(3.0);
    let v = *m;
    println!("{}", v);
}
