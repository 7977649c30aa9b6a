// A default method runs for a generic impl and calls the impl's own method.
trait Measure {
    fn size(&self) -> usize;
    fn report(&self) {
        println!("size {}", self.size());
    }
}

struct Stack<T> {
    items: [T; 3],
    used: usize,
}

impl<T> Measure for Stack<T> {
    fn size(&self) -> usize {
        self.used
    }
}

fn main() {
    let s = Stack { items: [1, 2, 3], used: 2 };
    let t = Stack { items: ['a', 'b', 'c'], used: 3 };
    s.report();
    t.report();
    println!("{} {}", s.items[0], t.items[2]);
}
