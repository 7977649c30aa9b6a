fn code(n: i32) -> i32 {
    n - 5
}

fn main() {
    let c = code(4);
    println!("exiting with {}", c);
    std::process::exit(c);
}
