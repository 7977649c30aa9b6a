fn negate(x: i32) -> i32 {
    -x
}

fn combine<F: Fn(i32, i32) -> i32>(f: F) -> i32 {
    f(1, 2)
}

fn main() {
    println!("{}", combine(negate));
}
