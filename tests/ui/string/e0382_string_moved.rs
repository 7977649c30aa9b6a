fn main() {
    let a = String::from("moved");
    let b = a;
    println!("{} {}", a, b);
}
