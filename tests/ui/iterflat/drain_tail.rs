fn main() {
    let mut queue = vec!['a', 'b', 'c', 'd'];
    for c in queue.drain(2..) {
        print!("{} ", c);
    }
    println!();
    let mut words = vec![String::from("x"), String::from("y"), String::from("z")];
    let moved: Vec<String> = words.drain(0..=1).rev().collect();
    println!("{:?} {:?}", moved, words);
}
