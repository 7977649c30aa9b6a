fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    println!("{}", apply(|x| x * 10, 4));
    let h: fn(i32) -> i32 = |x| x - 1;
    println!("{}", h(0));
}
