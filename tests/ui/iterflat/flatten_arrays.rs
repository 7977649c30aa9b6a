fn main() {
    let grid = [[1, 2, 3], [4, 5, 6]];
    let sum: i32 = grid.into_iter().flatten().sum();
    let by_ref: Vec<&i32> = grid.iter().flatten().collect();
    println!("{} {:?}", sum, by_ref);
}
