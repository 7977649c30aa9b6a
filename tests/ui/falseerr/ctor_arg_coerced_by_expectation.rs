use std::fmt::Display;
fn show(x: Option<&dyn Display>) -> String {
    match x { Some(d) => d.to_string(), None => "-".into() }
}
fn pick<'a>(v: &'a Vec<String>, i: usize) -> Option<&'a str> {
    if i < v.len() { Some(&v[i]) } else { None }
}
fn main() {
    let n = 5;
    println!("{}", show(Some(&n)));
    let v = vec!["a".to_string()];
    println!("{:?} {:?}", pick(&v, 0), pick(&v, 3));
    let mut w = vec![1, 2];
    let s: Option<&[i32]> = Some(&w);
    println!("{:?}", s);
    let m: Result<&mut [i32], String> = Ok(&mut w);
    if let Ok(sl) = m { sl[0] = 9; }
    println!("{:?}", w);
    let pair: (Option<&str>, i32) = (Some(&v[0]), 1);
    println!("{:?}", pair);
}
