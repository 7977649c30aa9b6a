use std::ops::Not;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    On,
    Off,
}

impl Not for Light {
    type Output = Light;

    fn not(self) -> Light {
        match self {
            Light::On => Light::Off,
            Light::Off => Light::On,
        }
    }
}

fn main() {
    let l = Light::On;
    println!("{:?} {:?}", !l, !!l);
    println!("{}", !l == Light::Off);
}
