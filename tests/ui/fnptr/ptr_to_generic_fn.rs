fn twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn dec(x: i32) -> i32 {
    x - 1
}

fn main() {
    let p: fn(i32) -> i32 = dec;
    println!("{}", twice(p, 10));
}
