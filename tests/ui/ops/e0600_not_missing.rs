#[derive(Debug)]
enum Switch {
    Up,
    Down,
}

fn main() {
    let s = Switch::Up;
    let t = !s;
    println!("{:?} {:?}", t, Switch::Down);
}
