use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    m.insert("a", 1);
    let total = m.get("a");
    for v in m.values_mut() {
        *v += 1;
    }
    println!("{:?}", total);
}
