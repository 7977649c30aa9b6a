// `&mut dyn Trait`: a `&mut self` method through a trait object.
trait Counter {
    fn bump(&mut self);
    fn get(&self) -> u32;
}

struct Ones(u32);
struct Tens(u32);

impl Counter for Ones {
    fn bump(&mut self) {
        self.0 += 1;
    }
    fn get(&self) -> u32 {
        self.0
    }
}

impl Counter for Tens {
    fn bump(&mut self) {
        self.0 += 10;
    }
    fn get(&self) -> u32 {
        self.0
    }
}

fn bump_twice(c: &mut dyn Counter) {
    c.bump();
    c.bump();
}

fn main() {
    let mut a = Ones(0);
    let mut b = Tens(0);
    bump_twice(&mut a);
    bump_twice(&mut b);
    println!("{} {}", a.get(), b.get());
}
