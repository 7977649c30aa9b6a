// `peekable`: look at the next item without taking it.
fn main() {
    let mut chars = "aaabccd".chars().peekable();
    while let Some(c) = chars.next() {
        let mut run = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            run += 1;
        }
        println!("{} x{}", c, run);
    }
}
