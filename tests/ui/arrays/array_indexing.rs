// Reading and writing elements: variables, literals, compound assignment, 2D grids.
fn main() {
    let mut scores = [10, 20, 30, 40];
    let i: usize = 2;
    scores[0] = 15;
    scores[i] += 5;
    scores[i + 1] *= 2;
    println!("{} {} {} {}", scores[0], scores[1], scores[i], scores[3]);
    let mut grid = [[0; 3]; 3];
    for r in 0..3 {
        for c in 0..3 {
            grid[r][c] = r * 3 + c;
        }
    }
    grid[1][1] = 100;
    println!("{:?}", grid);
    let idx = [2, 0, 1];
    println!("{}", scores[idx[idx[0]]]);
}
