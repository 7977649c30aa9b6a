fn main() {
    let rows = vec![vec![1, 2, 3], vec![], vec![4, 5]];
    let flat: Vec<i32> = rows.into_iter().flatten().collect();
    println!("{:?}", flat);
}
