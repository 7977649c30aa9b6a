use std::collections::BTreeMap;

fn main() {
    let mut m: BTreeMap<i32, String> = BTreeMap::new();
    m.extend(vec![(1, 2)]);
    println!("{}", m.len());
}
