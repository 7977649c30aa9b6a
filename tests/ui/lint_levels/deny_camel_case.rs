#![deny(non_camel_case_types)]

struct point_2d {
    x: i32,
}

fn main() {
    let p = point_2d { x: 1 };
    println!("{}", p.x);
}
