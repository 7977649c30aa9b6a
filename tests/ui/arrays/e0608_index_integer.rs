// Only arrays (and other indexable types) can be indexed.
fn main() {
    let n = 42;
    println!("{}", n[0]);
}
