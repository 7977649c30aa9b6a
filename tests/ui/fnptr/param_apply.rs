fn square(x: i64) -> i64 {
    x * x
}

fn apply(f: fn(i64) -> i64, x: i64) -> i64 {
    f(f(x))
}

fn main() {
    println!("{}", apply(square, 3));
}
