fn main() {
    let mut v = vec![1, 2];
    let at = v.len() + 1;
    v.remove(at);
}
