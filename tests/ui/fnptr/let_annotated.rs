fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let f: fn(i32) -> i32 = double;
    let g = f;
    println!("{} {}", f(3), g(4));
}
