fn first(xs: Option<&[String]>) -> &str {
    match xs {
        Some([a, ..]) => a,
        _ => "",
    }
}
fn pick(v: &Vec<String>, i: usize) -> &str {
    if i < v.len() { &v[i] } else { "none" }
}
fn main() {
    let v = vec![String::from("hi"), String::from("yo")];
    println!("{} {} {}", first(Some(&v)), first(None), pick(&v, 1));
}
