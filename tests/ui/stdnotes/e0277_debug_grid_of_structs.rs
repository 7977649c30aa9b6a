// `{:?}` of a 2D array needs `Debug` for the innermost element type.
struct Tile {
    wall: bool,
}

fn main() {
    let map = [[Tile { wall: true }, Tile { wall: false }], [Tile { wall: false }, Tile { wall: true }]];
    println!("{}", map[1][1].wall);
    println!("{:?}", map);
}
