// An enum as a little state machine.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

fn next(light: Light) -> Light {
    match light {
        Light::Red => Light::Green,
        Light::Green => Light::Yellow,
        Light::Yellow => Light::Red,
    }
}

fn seconds(light: Light) -> u32 {
    match light {
        Light::Red => 30,
        Light::Yellow => 5,
        Light::Green => 25,
    }
}

fn main() {
    let mut light = Light::Red;
    let mut total = 0;
    for _ in 0..4 {
        total += seconds(light);
        println!("{:?} for {}s", light, seconds(light));
        light = next(light);
    }
    println!("total {total}s, back to red: {}", light == Light::Green);
}
