fn greet(name: &str) {
    println!("{}", name);
}

fn main() {
    let s = String::from("amy");
    greet(s);
}
