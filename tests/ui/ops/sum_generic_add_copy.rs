use std::ops::Add;

#[derive(Debug, Clone)]
struct Cents(u32);

impl Add for Cents {
    type Output = Cents;
    fn add(self, o: Cents) -> Cents {
        Cents(self.0 + o.0)
    }
}

fn double<T: Add + Clone>(x: T) -> T::Output {
    x.clone() + x
}

fn main() {
    println!("{:?}", double(Cents(21)));
    println!("{}", double(4));
    println!("{}", double(1.25));
}
