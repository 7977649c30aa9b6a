type Point = (i32, i32);
type Row = [u8; 3];

fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn apply(p: Point) -> i32 {
    add(p.0, p.1)
}

fn main() {
    let p: Point = (3, 4);
    let r: Row = [1, 2, 3];
    println!("{} {:?}", apply(p), r);
}
