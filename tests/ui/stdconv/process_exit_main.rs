fn main() {
    println!("before");
    eprintln!("to stderr");
    std::process::exit(42);
}
