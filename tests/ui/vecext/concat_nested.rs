fn main() {
    let rows = vec![vec![1, 2], vec![3]];
    let flat = rows.concat();
    let grid = [[1u8, 2], [3, 4]].concat();
    let words = vec![String::from("ab")];
    let twice = [&words[..], &words[..]].concat();
    let none: Vec<Vec<i64>> = Vec::new();
    println!("{:?} {:?} {:?} {:?} {:?}", flat, grid, twice, none.concat(), rows);
}
