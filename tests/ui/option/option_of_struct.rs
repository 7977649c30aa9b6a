#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn origin_if(flag: bool) -> Option<Point> {
    if flag { Some(Point { x: 0, y: 0 }) } else { None }
}

fn main() {
    let p = origin_if(true);
    let q = origin_if(false);
    println!("{:?} {:?}", p, q);
    println!("{:#?}", p);
    println!("{}", p == Some(Point { x: 0, y: 0 }));
    println!("{}", q == None);
    println!("{}", p != q);
}
