// Pretty Debug of arrays: nested arrays, structs inside, empty arrays, width.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let pts = [Point { x: 1, y: 2 }, Point { x: -3, y: 4 }];
    let nested = [[1, 2], [3, 4]];
    let empty: [i32; 0] = [];
    println!("{:?} {}", pts, pts[1].x + pts[0].y);
    println!("{:#?}", pts);
    println!("{:#?}", nested);
    println!("{:?} {:#?}", empty, empty);
    println!("{:3?}|{:<4?}|{:+?}", [1, 2], [7], [1.5, -2.0]);
    println!("{:#?}", ([1u8], 'x'));
}
