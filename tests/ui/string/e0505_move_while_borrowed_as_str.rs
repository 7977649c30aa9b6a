fn main() {
    let owner = String::from("text");
    let view: &str = &owner;
    let moved = owner;
    println!("{} {}", view, moved);
}
