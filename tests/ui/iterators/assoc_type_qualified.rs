// The fully qualified form `<Type as Trait>::Item` names the impl's associated type.
trait Measure {
    type Unit;
    fn amount(&self) -> Self::Unit;
}

struct Rope {
    metres: f64,
}

impl Measure for Rope {
    type Unit = f64;
    fn amount(&self) -> f64 {
        self.metres
    }
}

fn main() {
    let r = Rope { metres: 2.5 };
    let a: <Rope as Measure>::Unit = r.amount();
    println!("{}", a * 2.0);
}
