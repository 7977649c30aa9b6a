trait Add {
    fn add(self, other: Self) -> Self;
}

#[derive(Debug, Clone, Copy)]
struct Cents(u64);

impl Add for Cents {
    fn add(self, other: Cents) -> Cents {
        Cents(self.0 + other.0)
    }
}

fn main() {
    let a = Cents(150);
    let b = Cents(75);
    println!("{:?}", a.add(b));
    println!("{:?}", Add::add(a, b));
    println!("{}", 2 + 3);
}
