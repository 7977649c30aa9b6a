// std's numbers, `char`, `bool` and text boxed or borrowed as `dyn Debug`/`dyn Display`.
use std::fmt::{Debug, Display};

fn show_all(items: &[&dyn Display]) -> String {
    items.iter().map(|i| format!("[{}]", i)).collect()
}

fn main() {
    let b: Box<dyn Debug> = Box::new(3usize);
    let v: Vec<Box<dyn Debug>> = vec![Box::new(1u8), Box::new("x"), Box::new(2.5), Box::new('c')];
    println!("{:?} {:?}", b, v);
    let n = 7i64;
    let t = true;
    println!("{}", show_all(&[&n, &t, &"text", &String::from("owned")]));
}
