// `max`, `min` and their `_by_key` forms over slice items.
fn main() {
    let v = vec![3, -7, 4, 1, -5];
    println!("{:?} {:?}", v.iter().max(), v.iter().min());
    println!("{:?}", v.iter().max_by_key(|x| (**x as i32).abs()));
    println!("{:?}", v.iter().min_by_key(|x| (**x as i32).abs()));
    let words = ["pear", "fig", "banana"];
    println!("{:?}", words.iter().max_by_key(|w| w.len()));
    let none: Vec<i32> = Vec::new();
    println!("{:?}", none.iter().max());
}
