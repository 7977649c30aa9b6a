fn main() {
    let first = String::from("Grace");
    let last = String::from("Hopper");
    let full = first + " " + &last;
    println!("{}", full);
    println!("{}", last);
}
