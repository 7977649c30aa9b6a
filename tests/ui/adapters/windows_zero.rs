// A window of size zero panics.
fn main() {
    let v = vec![1, 2, 3];
    let n = v.len() - 3;
    for w in v.windows(n) {
        println!("{:?}", w);
    }
}
