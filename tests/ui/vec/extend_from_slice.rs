fn main() {
    let mut all = vec![1, 2];
    let more = [3, 4];
    all.extend_from_slice(&more);
    all.extend_from_slice(&[5]);
    println!("{:?}", all);
    let copy = all[1..3].to_vec();
    println!("{:?}", copy);
}
