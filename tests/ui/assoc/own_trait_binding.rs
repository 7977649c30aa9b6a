// The learner's trait with an associated type, constrained in a `where` clause.
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

fn grow<S>(s: &S) -> u32
where
    S: Shape<Unit = u32>,
{
    s.size() + 1
}

fn main() {
    println!("{}", grow(&Square(3)));
}
