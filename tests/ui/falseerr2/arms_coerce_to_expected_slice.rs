fn label(v: &[String], i: usize) -> &str {
    match v.get(i) {
        Some(s) => s,
        None => "missing",
    }
}
fn main() {
    let v = vec![String::from("a")];
    let t: &str = if v.is_empty() { "empty" } else { &v[0] };
    let w: &[i32] = if t == "a" { &[1, 2] } else { &vec![3] };
    println!("{} {} {:?}", label(&v, 0), label(&v, 3), w);
    println!("{}", t);
}
