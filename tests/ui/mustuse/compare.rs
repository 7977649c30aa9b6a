//@ mode: check
// Comparisons and `format!` are must_use; `String` has its own `as_bytes`.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Score(u32);

fn main() {
    let a = Score(3);
    let b = Score(5);
    a.eq(&b);
    a.ne(&b);
    a.lt(&b);
    a.partial_cmp(&b);
    a.cmp(&b);
    3.eq(&4);
    "x".cmp("y");
    std::cmp::max(1, 2);
    std::cmp::Ordering::Less.reverse();
    format!("{:?}", a);
    let s = String::from("hey");
    s.as_bytes();
    s.as_str();
    let t: &str = &s;
    t.as_bytes();
    let bytes = s.as_bytes();
    println!("{} {:?}", bytes.len(), b);
}
