// Destructuring a Drop type by value moves its fields out: E0509.
struct Pair {
    left: String,
    right: String,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair");
    }
}

fn main() {
    let p = Pair { left: String::from("l"), right: String::from("r") };
    let Pair { left, right } = p;
    println!("{} {}", left, right);
}
