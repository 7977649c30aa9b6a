fn inc(x: i32) -> i32 {
    x + 1
}

fn main() {
    let f: fn(i32) -> i32 = inc;
    let n: i64 = f(1);
    println!("{}", n);
}
