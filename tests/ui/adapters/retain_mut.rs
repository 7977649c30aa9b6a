// `retain_mut` may change the elements it keeps.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    v.retain_mut(|x| {
        *x *= 10;
        *x != 20
    });
    println!("{:?}", v);
}
