// Only references, boxes and types with `Deref` can be dereferenced.
fn main() {
    let n = 5u8;
    let b = Box::new(n);
    println!("{}", **b);
}
