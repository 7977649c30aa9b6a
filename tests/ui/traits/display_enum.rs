// Display for an enum, matching on `self`, with `use std::fmt::{self, Display}`.
use std::fmt::{self, Display};

enum Light {
    Red,
    Yellow,
    Green(u32),
}

impl Display for Light {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Light::Red => write!(f, "stop"),
            Light::Yellow => write!(f, "careful"),
            Light::Green(secs) => write!(f, "go for {} s", secs),
        }
    }
}

fn main() {
    let lights = [Light::Red, Light::Green(30), Light::Yellow];
    for l in lights {
        println!("{l}");
    }
}
