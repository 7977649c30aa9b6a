use std::cmp::Ordering;

// Versions compare by their number only; the label is ignored.
#[derive(PartialEq)]
struct Version {
    number: u32,
    label: String,
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        println!("partial_cmp {} {}", self.label, other.label);
        self.number.partial_cmp(&other.number)
    }
}

fn main() {
    let old = Version { number: 3, label: String::from("zeta") };
    let new = Version { number: 7, label: String::from("alpha") };
    println!("{}", old < new);
    println!("{}", old <= new);
    println!("{}", old > new);
    println!("{}", old >= new);
    println!("{}", new > old);
}
