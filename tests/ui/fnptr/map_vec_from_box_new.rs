fn main() {
    let arrays = vec![[1, 2], [3, 4]];
    let vecs: Vec<Vec<i32>> = arrays.into_iter().map(Vec::from).collect();
    println!("{:?}", vecs);
    let boxed: Vec<Box<i32>> = vec![5, 6].into_iter().map(Box::new).collect();
    println!("{:?}", boxed);
}
