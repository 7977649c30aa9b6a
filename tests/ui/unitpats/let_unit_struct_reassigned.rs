#[derive(Debug, Clone, Copy)]
struct Marker;
struct Point { x: i32, y: i32 }
fn main() {
    let mut m = Marker;
    let Marker = m;
    m = Marker;
    let Marker = m;
    let mut p = Point { x: 1, y: 2 };
    let Point { .. } = p;
    p = Point { x: 3, y: 4 };
    let Point { x, .. } = p;
    println!("{x}");
    match m {
        Marker => println!("marker"),
    }
}
