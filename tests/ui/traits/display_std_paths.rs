// Display with full `std::fmt` paths and no `use`.
struct Temp {
    celsius: f64,
}

impl std::fmt::Display for Temp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.1}°C", self.celsius)
    }
}

fn main() {
    let t = Temp { celsius: 21.456 };
    println!("It is {} today", t);
    let r = &t;
    println!("through a reference: {}", r);
}
