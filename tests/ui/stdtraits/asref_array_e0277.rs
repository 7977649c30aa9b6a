fn count<S: AsRef<str>>(s: S) -> usize {
    s.as_ref().len()
}

fn main() {
    println!("{}", count([1u8, 2]));
}
