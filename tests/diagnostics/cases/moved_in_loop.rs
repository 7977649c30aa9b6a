fn take(s: String) {
    println!("{s}");
}

fn main() {
    let s = String::from("x");
    for _ in 0..2 {
        take(s);
    }
}
