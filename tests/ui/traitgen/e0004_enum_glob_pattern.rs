// A match over glob-imported unit variants that forgets one.
enum Light {
    Red,
    Amber,
    Green,
}

use Light::*;

impl Light {
    fn wait(&self) -> u32 {
        match self {
            Red => 30,
            Green => 0,
        }
    }
}

fn main() {
    println!("{}", Amber.wait());
}
