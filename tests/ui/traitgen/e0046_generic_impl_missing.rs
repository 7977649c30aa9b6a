// A generic impl that forgets one of the trait's methods.
trait Stack {
    fn push_one(&mut self);
    fn depth(&self) -> usize;
}

struct Tower<T> {
    base: T,
    height: usize,
}

impl<T> Stack for Tower<T> {
    fn depth(&self) -> usize {
        self.height
    }
}

fn main() {
    let t = Tower { base: 0u8, height: 1 };
    println!("{} {}", t.depth(), t.base);
}
