fn greet(name: &str) {
    println!("{name}");
}

fn main() {
    let n = String::from("x");
    greet(n);
}
