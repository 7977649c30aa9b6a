// A closure for `map` that takes a reference where the items are values.
struct Once {
    done: bool,
}

impl Iterator for Once {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.done {
            None
        } else {
            self.done = true;
            Some(7)
        }
    }
}

fn main() {
    let n = Once { done: false }.map(|x: &u32| *x + 1).count();
    println!("{}", n);
}
