fn main() {
    let v = vec![3, 1, 4];
    let wrapped: Vec<Option<i32>> = v.iter().copied().map(Some).collect();
    println!("{:?}", wrapped);
    let results: Vec<Result<i32, String>> = v.into_iter().map(Ok).collect();
    println!("{:?}", results);
}
