fn main() {
    let a = String::from("base");
    let mut b = a.clone();
    b.push_str("-copy");
    println!("{} {}", a, b);
}
