// The impl's parameter appears nowhere in the implementing type.
trait Describe {
    fn describe(&self);
}

struct Unit;

impl<T> Describe for Unit {
    fn describe(&self) {}
}

fn main() {
    let _u = Unit;
}
