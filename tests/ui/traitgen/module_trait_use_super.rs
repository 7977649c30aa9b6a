// A module imports the crate-root trait with `use super::...` and calls its method.
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
    use super::Area;

    pub fn show(t: &crate::Tile) {
        println!("area = {}", t.area());
    }
}

fn main() {
    report::show(&Tile(4));
}
