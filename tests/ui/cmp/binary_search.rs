fn main() {
    let v = vec![1, 3, 5, 7, 9, 11];
    println!("{:?}", v.binary_search(&7));
    println!("{:?}", v.binary_search(&4));
    println!("{:?}", v.binary_search(&0));
    println!("{:?}", v.binary_search(&12));
    let empty: Vec<i32> = Vec::new();
    println!("{:?}", empty.binary_search(&1));
    match v.binary_search(&6) {
        Ok(i) => println!("found at {i}"),
        Err(i) => println!("insert at {i}"),
    }
}
