fn width(tag: bool, s: &String) -> usize {
    if tag { s.len() } else { 0 }
}

fn call<F: Fn(bool, String) -> usize>(f: F) -> usize {
    f(true, String::from("abc"))
}

fn main() {
    println!("{}", call(width));
}
