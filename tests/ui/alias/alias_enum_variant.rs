#[derive(Debug)]
enum Light {
    Red,
    Green,
}

type L = Light;

fn main() {
    let a = L::Red;
    let b = L::Green;
    println!("{:?} {:?}", a, b);
}
