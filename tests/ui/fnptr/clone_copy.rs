fn inc(x: i32) -> i32 {
    x + 1
}

fn main() {
    let f: fn(i32) -> i32 = inc;
    let g = f.clone();
    let h = f;
    println!("{} {} {}", f(1), g(2), h(3));
}
