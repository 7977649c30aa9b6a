// The impl's associated type is not the one the bound asks for.
trait Shape {
    type Unit;
    fn size(&self) -> Self::Unit;
}

struct Square(u32);

impl Shape for Square {
    type Unit = u32;
    fn size(&self) -> u32 {
        self.0 * self.0
    }
}

fn grow<S>(s: &S) -> f64
where
    S: Shape<Unit = f64>,
{
    s.size() + 1.0
}

fn main() {
    println!("{}", grow(&Square(3)));
}
