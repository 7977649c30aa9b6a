use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<bool> = VecDeque::new();
    d.extend("yes".chars());
    println!("{:?}", d);
}
