// Methods of the boxed type are found through the box (String, then str).
fn main() {
    let mut s = Box::new(String::from("hello"));
    s.push_str(" world");
    println!("{} {}", s.len(), s.to_uppercase());
    let v = Box::new(vec![3, 1, 2]);
    println!("{} {:?}", v.len(), v.first());
}
