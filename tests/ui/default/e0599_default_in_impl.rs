struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn push_blank(&mut self) {
        self.items.push(T::default());
    }
}

fn main() {
    let mut s: Stack<u8> = Stack { items: Vec::new() };
    s.push_blank();
    println!("{}", s.items.len());
}
