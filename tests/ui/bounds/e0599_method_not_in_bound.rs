// A method of a trait that is not among the parameter's bounds.
trait Walk {
    fn walk(&self);
}

trait Swim {
    fn swim(&self);
}

fn go<T: Walk>(x: &T) {
    x.walk();
    x.swim();
}

fn main() {}
