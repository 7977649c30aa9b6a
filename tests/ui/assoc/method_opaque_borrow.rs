// Methods returning opaque iterators that borrow `self` (`+ '_`).
struct Bag {
    items: Vec<u32>,
}

impl Bag {
    fn evens(&self) -> impl Iterator<Item = &u32> + '_ {
        self.items.iter().filter(|x| **x % 2 == 0)
    }

    fn doubled(&self) -> impl Iterator<Item = u32> + '_ {
        self.items.iter().map(|x| x * 2)
    }
}

fn main() {
    let b = Bag { items: vec![1, 2, 3, 4] };
    for x in b.evens() {
        println!("{}", x);
    }
    for x in b.doubled().skip(2) {
        println!("{}", x);
    }
}
