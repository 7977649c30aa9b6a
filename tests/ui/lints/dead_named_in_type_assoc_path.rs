trait Unit { fn name() -> String; }
struct Meters;
impl Unit for Meters { fn name() -> String { "m".into() } }
fn main() {
    println!("{}", Meters::name());
}
