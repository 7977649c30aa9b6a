fn sum3(a: u8, b: u8, c: u8) -> u8 {
    a + b + c
}

fn run<F: FnOnce(u8) -> u8>(f: F) -> u8 {
    f(7)
}

fn main() {
    println!("{}", run(sum3));
}
