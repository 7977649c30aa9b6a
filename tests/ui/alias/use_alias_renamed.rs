mod shapes {
    pub struct Square {
        pub side: u32,
    }
    pub type Tile = Square;
}

use shapes::Tile as Cell;

fn main() {
    let c = Cell { side: 4 };
    let Cell { side } = c;
    println!("{}", side * side);
}
