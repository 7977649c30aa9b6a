// `cmp` on a type with only `PartialEq`: no `Ord`, so no such method.
#[derive(PartialEq)]
struct Point {
    x: i32,
}

fn main() {
    let a = Point { x: 1 };
    let b = Point { x: 2 };
    println!("{:?}", a.cmp(&b));
}
