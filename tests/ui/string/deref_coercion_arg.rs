fn greet(name: &str) {
    println!("hello, {}!", name);
}

fn shout(name: &str) -> String {
    name.to_uppercase()
}

fn main() {
    let owned = String::from("ferris");
    greet(&owned);
    greet("crab");
    let r = &owned;
    greet(r);
    let s: &str = &owned;
    println!("{} {}", s, shout(&owned));
}
