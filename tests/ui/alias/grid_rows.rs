type Grid = Vec<Vec<u8>>;

fn make(w: usize, h: usize) -> Grid {
    vec![vec![0; w]; h]
}

fn main() {
    let mut g: Grid = make(3, 2);
    g[1][2] = 7;
    println!("{:?}", g);
}
