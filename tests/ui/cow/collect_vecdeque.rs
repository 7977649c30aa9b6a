use std::collections::VecDeque;

fn main() {
    let mut queue: VecDeque<char> = "abc".chars().collect();
    queue.push_front('z');
    println!("{:?}", queue);
    while let Some(c) = queue.pop_front() {
        print!("{c}");
    }
    println!();
}
