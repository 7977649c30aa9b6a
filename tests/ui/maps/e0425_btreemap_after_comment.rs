// Counting words.
fn main() {
    let mut m: BTreeMap<&str, i32> = BTreeMap::new();
    m.insert("a", 1);
}
