// Temporaries that are fine to borrow: lifetime extension of `let r = &...`,
// constant promotion, and borrows used within their statement.
struct Point {
    x: i32,
    y: i32,
}

fn x_of(p: &Point) -> &i32 {
    &p.x
}

fn main() {
    let n = 3;
    let extended = &Point { x: n, y: n + 1 };
    let promoted = x_of(&Point { x: 1, y: 2 });
    let constant: &i32 = &(40 + 2);
    println!("{} {} {}", extended.y, promoted, constant);
    println!("{}", x_of(&Point { x: n * 10, y: 0 }));
    let copied = *x_of(&Point { x: n, y: n });
    let pair = (&Point { x: 7, y: n }, 1);
    println!("{} {}", copied, pair.0.y);
}
