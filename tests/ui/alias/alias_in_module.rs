mod units {
    pub type Grams = u32;

    pub fn heavy(g: Grams) -> bool {
        g > 1000
    }
}

use units::Grams;

fn main() {
    let g: Grams = 1500;
    println!("{}", units::heavy(g));
}
