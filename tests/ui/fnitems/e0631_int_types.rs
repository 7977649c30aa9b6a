fn halve(x: u64) -> u64 {
    x / 2
}

fn apply<F: Fn(u32) -> u64>(f: F, x: u32) -> u64 {
    f(x)
}

fn main() {
    println!("{}", apply(halve, 8));
}
