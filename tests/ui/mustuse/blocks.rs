//@ mode: check
// A block's tail value is dropped by the statement: rustc points at the tail.
fn main() {
    let s = String::from(" a ");
    { s.trim() };
    {
        let t = s.clone();
        t.len()
    };
    'outer: { s.chars() };
    { s.len(); };
    let n = { s.len() };
    println!("{}", n);
}
