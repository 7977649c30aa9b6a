//@ mode: check
fn main() {
    let v = vec![1];
    let s = "a b";
    v.iter();
    s.bytes();
    s.split(' ');
    v.into_iter();
    s.chars();
}
