// `x.to_string()` on a `&T` with `T: Display`: std's `Display for &T` meets the blanket
// `ToString`'s bound.
use std::fmt::Display;

struct Stack<T> {
    items: Vec<T>,
}

impl<T: Display> Stack<T> {
    fn render(&self) -> String {
        self.items.iter().map(|i| i.to_string()).collect::<Vec<_>>().join("|")
    }
}

fn show<T: Display>(xs: &[T]) -> Vec<String> {
    xs.iter().map(|x| x.to_string()).collect()
}

fn tagged<T>(x: &T) -> String
where
    T: Display,
{
    format!("<{}>", x.to_string())
}

fn main() {
    let s = Stack { items: vec![1.5, 2.25] };
    println!("{} {:?} {}", s.render(), show(&["a", "b"]), tagged(&'q'));
}
