fn power(base: i32, n: u32) -> i32 {
    base.pow(n)
}

fn main() {
    for n in 29..40 {
        println!("{}", power(2, n));
    }
}
