use std::collections::BTreeMap;

fn main() {
    let mut m: BTreeMap<u8, u8> = BTreeMap::new();
    m.extend(vec![1u8, 2u8]);
    println!("{:?}", m);
}
