mod shapes {
    pub fn area(w: u32, h: u32) -> u32 {
        w * h
    }
    pub fn perimeter(w: u32, h: u32) -> u32 {
        2 * (w + h)
    }
}

use shapes::area;
use shapes::perimeter;

fn main() {
    println!("area {}", area(3, 4));
    println!("perimeter {}", shapes::perimeter(3, 4));
}
