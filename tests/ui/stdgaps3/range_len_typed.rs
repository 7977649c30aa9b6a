// `len` of ranges whose integer type is known.
fn main() {
    let n: usize = 7;
    println!("{}", (0..n).len());
    let k: u8 = 3;
    println!("{}", (k..9).len());
    let mut s = (0..10usize).step_by(4);
    s.next();
    println!("{} {:?}", s.len(), s.next());
    let v = vec!['a', 'b', 'c'];
    println!("{}", (1..v.len()).rev().len());
    println!("{}", (10..3i16).len());
}
