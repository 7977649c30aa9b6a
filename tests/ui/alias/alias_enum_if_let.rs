#[derive(Debug, PartialEq)]
enum Light {
    Red,
    Green,
    Blink(u8),
}

type L = Light;

fn main() {
    let lights = [L::Red, L::Blink(3), L::Green];
    for l in &lights {
        if let L::Blink(n) = l {
            println!("blink {}", n);
        } else if matches!(l, L::Red) {
            println!("stop");
        } else {
            println!("{:?}", l);
        }
    }
    println!("{}", lights[0] == Light::Red);
}
