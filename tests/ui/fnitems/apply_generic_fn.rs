fn square(x: i32) -> i32 {
    x * x
}

fn apply_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn main() {
    println!("{}", apply_twice(square, 3));
}
