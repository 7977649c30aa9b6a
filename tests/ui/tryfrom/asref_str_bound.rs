fn count<S: AsRef<str>>(s: S) -> usize {
    s.as_ref().len()
}

fn shout<S: AsRef<str>>(s: S) -> String {
    s.as_ref().to_uppercase()
}

fn main() {
    let owned = String::from("hello");
    println!("{}", count("abc"));
    println!("{}", count(&owned));
    println!("{}", shout(&owned));
    println!("{}", count(owned));
}
