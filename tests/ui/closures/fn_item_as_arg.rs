// A function item passed where an `Fn` bound is expected, and held in a variable.
fn double(x: i32) -> i32 {
    x * 2
}

fn apply<F: Fn(i32) -> i32>(f: F, v: i32) -> i32 {
    f(v)
}

fn main() {
    println!("{}", apply(double, 3));
    let g = double;
    println!("{}", g(10));
    println!("{}", apply(g, apply(double, 1)));
}
