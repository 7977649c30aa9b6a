fn main() {
    let a = String::from("from");
    let b = "to_string".to_string();
    let c = "owned".to_owned();
    println!("{} {} {}", a, b, c);
}
