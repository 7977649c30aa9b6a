// Methods on tuple structs, Self(..) as a constructor, and references to self's fields.
#[derive(Debug, Clone, Copy)]
struct Meters(f64);

struct Pair(i32, i32);

impl Meters {
    fn plus(self, other: Meters) -> Self {
        Self(self.0 + other.0)
    }

    fn feet(&self) -> f64 {
        self.0 * 3.28084
    }
}

impl Pair {
    fn larger(&self) -> &i32 {
        if self.0 > self.1 { &self.0 } else { &self.1 }
    }

    fn first_mut(&mut self) -> &mut i32 {
        &mut self.0
    }
}

fn main() {
    let a = Meters(1.5);
    let b = a.plus(Meters(2.0));
    println!("{:?} {:.2}", b, b.feet());
    let mut p = Pair(4, 9);
    println!("{}", p.larger());
    *p.first_mut() += 10;
    println!("{} {}", p.larger(), p.0);
}
