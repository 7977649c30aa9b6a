// Shared references to locals, fields and temporaries; reading through them.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn larger(a: &i32, b: &i32) -> i32 {
    if *a > *b { *a } else { *b }
}

fn norm1(p: &Point) -> i32 {
    p.x + p.y
}

fn main() {
    let n = 41;
    let r = &n;
    let rr = &r;
    println!("{} {} {}", n, *r + 1, **rr);
    println!("{r} {rr} {:?}", rr);
    let p = Point { x: 3, y: -4 };
    let px = &p.x;
    let t = (1.5, 'z', true);
    let tz = &t.1;
    println!("{} {} {:?}", px, tz, &t);
    println!("{}", larger(&n, &50));
    let q = &p;
    println!("{} {} {:?}", q.x, q.y, q);
    let five = &5;
    println!("{}", five * 2);
    println!("{}", &n == &41);
    println!("{}", *q == Point { x: 3, y: -4 });
    let s: &&str = &"hi";
    println!("{s} {:?}", s);
    println!("{}", norm1(q));
}
