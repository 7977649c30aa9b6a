//@ mode: check
struct Point {
    x: i32,
    y: i32,
}

fn x_of(p: &Point) -> &i32 {
    &p.x
}

fn main() {
    let n = 4;
    let r = x_of(&Point { x: n, y: n + 1 });
    println!("{r}");
}
