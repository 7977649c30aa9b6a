fn check(n: i32) {
    if n > 2 {
        println!("too big: {}", n);
        std::process::exit(3);
    }
}
fn main() {
    for i in 0..5 {
        println!("i = {}", i);
        check(i);
    }
    println!("unreachable");
}
