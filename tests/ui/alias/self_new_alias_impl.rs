struct Meters(f64);

type M = Meters;

impl M {
    fn zero() -> Self {
        Self(0.0)
    }

    fn add(&self, other: &M) -> M {
        Meters(self.0 + other.0)
    }
}

fn main() {
    let total = M::zero().add(&Meters(2.5));
    println!("{}", total.0);
}
