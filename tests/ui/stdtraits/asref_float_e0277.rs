fn width<S: AsRef<str>>(s: S) -> usize {
    s.as_ref().chars().count()
}

fn main() {
    println!("{}", width(2.5));
}
