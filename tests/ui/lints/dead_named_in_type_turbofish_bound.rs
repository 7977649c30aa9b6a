trait Unit { const NAME: &'static str; }
struct Meters;
impl Unit for Meters { const NAME: &'static str = "m"; }
fn show<U: Unit>(v: f64) -> String { format!("{}{}", v, U::NAME) }
fn main() {
    println!("{}", show::<Meters>(2.0));
}
