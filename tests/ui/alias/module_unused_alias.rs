mod units {
    pub type Grams = u32;
    pub type Litres = f64;

    pub fn heavy(g: Grams) -> bool {
        g > 1000
    }
}

fn main() {
    println!("{}", units::heavy(2000));
}
