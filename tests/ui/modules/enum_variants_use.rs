mod traffic {
    #[derive(Clone, Copy)]
    pub enum Light {
        Red,
        Yellow,
        Green,
    }
    pub fn next(l: Light) -> Light {
        match l {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }
}

use traffic::Light::{self, *};

fn name(l: Light) -> &'static str {
    match l {
        Light::Red => "red",
        Light::Yellow => "yellow",
        Light::Green => "green",
    }
}

fn main() {
    let mut l = Red;
    for _ in 0..4 {
        println!("{}", name(l));
        l = traffic::next(l);
    }
}
