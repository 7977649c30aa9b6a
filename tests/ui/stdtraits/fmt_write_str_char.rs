use std::fmt::Write;

fn main() {
    let mut s = String::from("ab");
    s.write_str("cd").unwrap();
    s.write_char('-').unwrap();
    for c in ['x', 'y'] {
        s.write_char(c).unwrap();
    }
    let r = s.write_str("!");
    println!("{} {:?}", s, r);
}
