// Rust 2021 closures capture the fields they use: `p.y` stays free while a
// closure reading `p.x` is alive.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let get_x = || p.x * 10;
    p.y += 5;
    println!("{} {}", get_x(), p.y);
}
