// A boxed `FnOnce` is moved by its first call.
fn main() {
    let name = String::from("Grace");
    let greet: Box<dyn FnOnce() -> String> = Box::new(move || name);
    println!("{}", greet());
    println!("{}", greet());
}
