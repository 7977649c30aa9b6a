use std::ops::Neg;

#[derive(Debug, Clone, Copy)]
enum Dir {
    Left,
    Right,
}

impl Neg for Dir {
    type Output = Dir;
    fn neg(self) -> Dir {
        match self {
            Dir::Left => Dir::Right,
            Dir::Right => Dir::Left,
        }
    }
}

#[derive(Debug)]
struct Wrap<T>(T);

impl<T: Neg<Output = T>> Neg for Wrap<T> {
    type Output = Wrap<T>;
    fn neg(self) -> Wrap<T> {
        Wrap(-self.0)
    }
}

fn main() {
    println!("{:?} {:?}", -Dir::Left, -(-Dir::Left));
    println!("{:?} {:?}", -Wrap(3), -Wrap(-2.5));
    println!("{:?}", -Wrap(Dir::Right));
}
