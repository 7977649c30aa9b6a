// `dedup_by_key` compares the keys of neighbours.
fn main() {
    let mut v = vec![10, 14, 21, 29, 30, 35];
    v.dedup_by_key(|x| *x / 10);
    println!("{:?}", v);
    let mut names = vec![String::from("Anna"), String::from("Alex"), String::from("Bo")];
    names.dedup_by_key(|s| s.len());
    println!("{:?}", names);
}
