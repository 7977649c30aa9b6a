// `chunks(0)` panics.
fn main() {
    let v = vec!['a', 'b'];
    let size = v.len() / 3;
    let n = v.chunks(size).count();
    println!("{}", n);
}
