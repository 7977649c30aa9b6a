// A trait's associated function called on a type without the impl.
trait Make {
    fn make() -> Self;
}

struct A;
struct B;

impl Make for A {
    fn make() -> Self {
        A
    }
}

fn main() {
    let _a = A::make();
    let _b = B::make();
}
