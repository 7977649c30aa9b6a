fn main() {
    let n = 2;
    match n {
        None => println!("none"),
        _ => println!("some"),
    }
}
