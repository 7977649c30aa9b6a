// Calling a generic impl's method through the trait's path.
trait Count {
    fn count(&self) -> u32;
}

struct Many<T> {
    first: T,
    rest: u32,
}

impl<T> Count for Many<T> {
    fn count(&self) -> u32 {
        self.rest + 1
    }
}

fn main() {
    let m = Many { first: 'q', rest: 4 };
    println!("{}", Count::count(&m));
    println!("{}", m.first);
}
