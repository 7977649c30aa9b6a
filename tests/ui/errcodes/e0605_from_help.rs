//@ mode: check
// `as` does not call `From`; rustc points at it when the impl exists.
struct Meters(f64);

impl From<f64> for Meters {
    fn from(v: f64) -> Self {
        Meters(v)
    }
}

fn describe(name: &str, initial: char) -> String {
    let mut s = initial as String;
    s.push_str(name);
    s
}

fn main() {
    let d = 12.5;
    let m = d as Meters;
    println!("{}", m.0);
    println!("{}", describe("lice", 'A'));
}
