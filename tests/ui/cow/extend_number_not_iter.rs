use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<i32> = VecDeque::new();
    d.extend(5);
    println!("{:?}", d);
}
