fn main() {
    let mut grid = vec![vec![0; 3]; 2];
    grid[1][2] = 7;
    grid[0][0] += 1;
    for row in &grid {
        println!("{:?}", row);
    }
    println!("{}", grid.len() * grid[0].len());
}
