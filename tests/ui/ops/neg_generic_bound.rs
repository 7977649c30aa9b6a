use std::ops::Neg;

#[derive(Debug, Clone, Copy)]
struct Temp(i32);

impl Neg for Temp {
    type Output = Temp;
    fn neg(self) -> Temp {
        Temp(-self.0)
    }
}

fn flip<T: Neg<Output = T>>(x: T) -> T {
    -x
}

fn main() {
    println!("{:?} {} {}", flip(Temp(4)), flip(7), flip(-2.5));
}
