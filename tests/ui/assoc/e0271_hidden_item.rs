// The hidden type's items are not the bound's.
fn nums() -> impl Iterator<Item = u32> {
    vec![1i64, 2].into_iter()
}

fn main() {
    for n in nums() {
        println!("{}", n);
    }
}
