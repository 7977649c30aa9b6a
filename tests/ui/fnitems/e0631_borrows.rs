fn count(s: String) -> usize {
    s.chars().count()
}

fn measure<F: Fn(&String) -> usize>(f: F) -> usize {
    let text = String::from("hello");
    f(&text)
}

fn main() {
    println!("{}", measure(count));
}
