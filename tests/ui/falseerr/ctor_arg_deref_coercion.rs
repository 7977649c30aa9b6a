fn f(s: &String) -> Option<&str> {
    Some(s)
}
fn g(s: &String) -> Result<&str, ()> {
    let r: Result<&str, ()> = Ok(s);
    r
}
fn h(v: &Vec<i32>) -> Option<&[i32]> {
    if v.is_empty() { None } else { Some(v) }
}
fn main() {
    let s = String::from("x");
    println!("{:?} {:?} {:?}", f(&s), g(&s), h(&vec![1]));
    let b: Box<Option<&str>> = Box::new(Some(&s));
    println!("{:?}", b);
}
