// Mutating a string a struct still borrows.
struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let mut s = String::from("abc");
    let e = Excerpt { part: &s };
    s.push('d');
    println!("{}", e.part);
}
