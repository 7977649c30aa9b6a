// A generic impl whose method returns the wrong type.
trait First {
    fn first(&self) -> u32;
}

struct Row<T> {
    head: T,
}

impl<T> First for Row<T> {
    fn first(&self) -> T {
        self.head
    }
}

fn main() {}
