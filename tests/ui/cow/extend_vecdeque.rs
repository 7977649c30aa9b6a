use std::collections::VecDeque;

fn main() {
    let mut d = VecDeque::new();
    d.push_back(1);
    d.extend(vec![2, 3]);
    d.extend(&[4, 5]);
    d.extend((6..8).rev());
    println!("{:?} {}", d, d.len());
}
