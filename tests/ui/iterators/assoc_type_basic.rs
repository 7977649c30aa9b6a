// A trait with an associated type, implemented for two types with different items.
trait Shelf {
    type Item;
    fn take(&self, i: usize) -> Self::Item;
}

struct Numbers {
    base: i32,
}

struct Letters {
    first: char,
}

impl Shelf for Numbers {
    type Item = i32;
    fn take(&self, i: usize) -> i32 {
        self.base + i as i32
    }
}

impl Shelf for Letters {
    type Item = char;
    fn take(&self, i: usize) -> Self::Item {
        (self.first as u8 + i as u8) as char
    }
}

fn main() {
    let n = Numbers { base: 10 };
    let l = Letters { first: 'a' };
    let x = n.take(2) * 2;
    let c = l.take(3);
    println!("{} {}", x, c);
}
