// Code in a module calls a method of a crate-root trait it did not import.
trait Area {
    fn area(&self) -> u32;
}

pub struct Tile(u32);

impl Area for Tile {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}

mod report {
    pub fn show(t: &crate::Tile) {
        println!("{}", t.area());
    }
}

fn main() {
    report::show(&Tile(3));
}
