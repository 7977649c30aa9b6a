fn shout(s: &mut String) {
    s.make_ascii_uppercase();
}

fn main() {
    let mut name = String::from("über-rust 1.95");
    shout(&mut name);
    println!("{}", name);
    name.make_ascii_lowercase();
    println!("{}", name);
    let (a, b) = name.split_at(2);
    println!("{} {}", a, b);
}
