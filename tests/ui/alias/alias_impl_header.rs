struct Meters(f64);

type M = Meters;

impl M {
    fn double(&self) -> M {
        Meters(self.0 * 2.0)
    }
}

fn main() {
    println!("{}", Meters(1.5).double().0);
}
