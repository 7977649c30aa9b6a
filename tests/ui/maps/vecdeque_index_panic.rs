use std::collections::VecDeque;

fn main() {
    let mut d = VecDeque::new();
    d.push_back('a');
    let i = d.len() + 1;
    println!("{}", d[0]);
    println!("{}", d[i]);
}
