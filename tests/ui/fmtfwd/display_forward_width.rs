use std::fmt;

struct Meters(f64);

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

fn main() {
    let m = Meters(2.5);
    println!("[{}]", m);
    println!("[{:>8}]", m);
    println!("[{:<8.2}]", m);
    println!("[{:*^9.1}]", m);
    println!("[{:+}]", m);
    let s = m.to_string();
    println!("{} chars", s.len());
}
