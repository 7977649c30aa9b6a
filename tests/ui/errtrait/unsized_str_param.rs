use std::fmt::Display;

fn shout<T: Display + ?Sized>(x: &T) {
    println!("{}!", x);
}

fn main() {
    shout("hello");
    let s = String::from("world");
    shout(s.as_str());
    shout(&5);
}
