fn main() {
    let v = [(1, "one"), (4, "four"), (9, "nine")];
    let got = v.binary_search_by(|p| p.0.cmp(&4));
    println!("{:?}", got);
    let miss = v.binary_search_by(|p| p.0.cmp(&5));
    println!("{:?}", miss);
}
