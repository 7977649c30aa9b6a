mod geo {
    pub mod units {
        pub struct Meters(pub f64);
        pub type M = Meters;
    }
}

use geo::units::M;

impl M {
    fn double(&self) -> M {
        Self(self.0 * 2.0)
    }
}

fn main() {
    let m = geo::units::Meters(1.25);
    println!("{}", m.double().0);
}
