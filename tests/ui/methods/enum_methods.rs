// Methods on an enum, matching on self, and Self::Variant.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

impl Light {
    const CYCLE: u32 = 3;

    fn next(self) -> Self {
        match self {
            Self::Red => Self::Green,
            Self::Green => Self::Yellow,
            Self::Yellow => Self::Red,
        }
    }

    fn seconds(&self) -> u32 {
        match self {
            Light::Red => 30,
            Light::Yellow => 5,
            Light::Green => 25,
        }
    }

    fn advance(&mut self) {
        *self = self.next();
    }
}

fn main() {
    let mut l = Light::Red;
    let mut total = 0;
    for _ in 0..Light::CYCLE {
        total += l.seconds();
        l.advance();
    }
    println!("{total} {:?} {}", l, l == Light::Red);
    println!("{:?}", Light::Green.next().next());
}
