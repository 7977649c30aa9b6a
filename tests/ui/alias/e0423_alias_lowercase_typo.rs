#[derive(Debug)]
struct Point(i32, i32);
#[allow(non_camel_case_types)]
type point = Point;

fn main() {
    let origin = point(0, 0);
    println!("{:?}", origin);
}
