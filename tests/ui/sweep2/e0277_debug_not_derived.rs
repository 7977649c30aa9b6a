//@ mode: check
// Printing a struct with {:?} without deriving Debug.
struct Player {
    name: &'static str,
    lives: u8,
}

fn main() {
    let p = Player { name: "Mo", lives: 3 };
    println!("{:?}", p);
}
