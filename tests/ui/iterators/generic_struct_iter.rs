// A generic struct's iterator: `Repeat<T>` yields copies of one value.
#[derive(Clone, Copy)]
struct Repeat<T> {
    value: T,
    left: u32,
}

impl<T: Clone> Iterator for Repeat<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.left == 0 {
            None
        } else {
            self.left -= 1;
            Some(self.value.clone())
        }
    }
}

fn main() {
    let r = Repeat { value: 2.5, left: 3 };
    let total: f64 = r.sum();
    println!("{}", total);
    for c in (Repeat { value: 'x', left: 2 }) {
        print!("{}", c);
    }
    println!();
}
