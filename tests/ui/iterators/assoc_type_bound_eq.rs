// A bound fixes the associated type: `S: Source<Item = i32>` lets the body add items.
trait Source {
    type Item;
    fn produce(&self, n: i32) -> Self::Item;
}

struct Squares;

impl Source for Squares {
    type Item = i32;
    fn produce(&self, n: i32) -> i32 {
        n * n
    }
}

fn total<S: Source<Item = i32>>(s: &S, n: i32) -> i32 {
    let mut sum = 0;
    let mut i = 1;
    while i <= n {
        sum += s.produce(i);
        i += 1;
    }
    sum
}

fn main() {
    println!("{}", total(&Squares, 4));
}
