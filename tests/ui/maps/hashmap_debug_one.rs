use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert("key", vec![1, 2]);
    println!("{:?}", m);
    println!("{:#?}", m);
    let empty: HashMap<i32, i32> = HashMap::new();
    println!("{:?}", empty);
}
