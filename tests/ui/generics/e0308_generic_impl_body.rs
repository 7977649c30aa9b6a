// Inside a generic impl, `T` is not the concrete type one instantiation uses.
trait Doubled {
    fn doubled(&self) -> i32;
}

struct Num<T> {
    n: T,
}

impl<T> Doubled for Num<T> {
    fn doubled(&self) -> i32 {
        self.n * 2
    }
}

fn main() {
    println!("{}", Num { n: 4 }.doubled());
}
