// A closure inside a generic function captures a value of the parameter type.
fn twice<T, F: Fn(T) -> T>(f: F, x: T) -> T {
    let g = |v: T| f(f(v));
    g(x)
}

fn main() {
    println!("{}", twice(|n: i32| n + 3, 10));
    println!("{}", twice(|b: bool| !b, true));
}
