//@ mode: check
struct Stack<T> {
    top: T,
}

impl<T> Stack<T> {
    fn new(top: T) -> Self {
        Stack { top }
    }

    fn peek(&self) -> &T {
        &self.top
    }
}

fn main() {
    let _s = Stack::new(3);
}
