// `split_off` past the end panics.
fn main() {
    let mut v = vec![1, 2, 3];
    let at = v.len() + 2;
    let tail = v.split_off(at);
    println!("{:?}", tail);
}
