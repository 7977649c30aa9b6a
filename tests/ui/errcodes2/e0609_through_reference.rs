//@ mode: check
// Unknown fields behind references: rustc names the type as written.
struct Point {
    x: i32,
    y: i32,
}

fn show(p: &Point, n: &u32, pair: &(i32, i32), word: &str) {
    println!("{}", p.z);
    println!("{}", n.value);
    println!("{}", pair.2);
    println!("{}", word.0);
    println!("{} {}", p.x, p.y);
}

fn main() {
    let p = Point { x: 1, y: 2 };
    show(&p, &3, &(1, 2), "hi");
    let t = (1, 2);
    println!("{}", t.5);
    println!("{}", t.len);
}
