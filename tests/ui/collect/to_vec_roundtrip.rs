fn main() {
    let base = [3, 1, 2];
    let mut copy = base.to_vec();
    copy.push(9);
    let again: Vec<i32> = copy.clone().into_iter().collect();
    println!("{:?} {:?} {:?}", base, copy, again);
}
