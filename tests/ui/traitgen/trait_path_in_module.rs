// A trait named by its path in an impl and in a bound, without importing it.
mod animals {
    pub trait Speak {
        fn speak(&self);
    }
}

struct Dog;

impl animals::Speak for Dog {
    fn speak(&self) {
        println!("woof");
    }
}

fn talk<T: animals::Speak>(t: &T) {
    t.speak();
}

fn main() {
    talk(&Dog);
}
