mod units {
    pub struct Meters(pub f64);
    pub fn double(m: Meters) -> Meters {
        Meters(m.0 * 2.0)
    }
}

mod report {
    use crate::units::{self, Meters};

    pub fn show() {
        let m = units::double(Meters(1.5));
        println!("{}", m.0);
    }
}

fn main() {
    report::show();
}
