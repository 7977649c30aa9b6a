const SIDE: i32 = 3;

fn main() {
    let grid = [[0u8; 3]; SIDE];
    println!("{:?}", grid);
}
