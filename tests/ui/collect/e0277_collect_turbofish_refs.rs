fn main() {
    let ids = vec![1, 2];
    let copies = ids.iter().collect::<Vec<i32>>();
    println!("{:?}", copies);
}
