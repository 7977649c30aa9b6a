use std::fmt::Write;

fn main() {
    let mut s = String::new();
    write!(&mut s, "{}", 1).unwrap();
    let mut v = vec![String::new(), String::new()];
    write!(v[1], "z{}", 2).unwrap();
    writeln!(s).unwrap();
    println!("{:?} {:?}", s, v);
}
