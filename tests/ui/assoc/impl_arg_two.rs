// Two `impl Iterator` arguments are two different anonymous parameters.
fn interleave(a: impl Iterator<Item = char>, b: impl Iterator<Item = char>) {
    for (x, y) in a.zip(b) {
        print!("{}{}", x, y);
    }
    println!();
}

fn main() {
    interleave("abc".chars(), vec!['1', '2', '3'].into_iter());
}
