// A default method returns `Self::Item`; the caller sees the impl's concrete type.
trait Source {
    type Item;
    fn produce(&self) -> Self::Item;
    fn produce_twice(&self) -> (Self::Item, Self::Item) {
        (self.produce(), self.produce())
    }
}

struct Dice {
    face: u8,
}

impl Source for Dice {
    type Item = u8;
    fn produce(&self) -> u8 {
        self.face
    }
}

fn main() {
    let d = Dice { face: 4 };
    let (a, b) = d.produce_twice();
    let sum: u8 = a + b;
    println!("{}", sum);
}
