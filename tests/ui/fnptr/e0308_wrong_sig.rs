fn double(x: i64) -> i64 {
    x * 2
}

fn main() {
    let f: fn(i32) -> i32 = double;
    println!("{}", f(1));
}
