fn main() {
    let words = ["bb", "a", "cc", "d"];
    // equal lengths: max_by keeps the last, min_by the first
    let longest = words.iter().max_by(|x, y| x.len().cmp(&y.len()));
    let shortest = words.iter().min_by(|x, y| x.len().cmp(&y.len()));
    println!("{:?} {:?}", longest, shortest);
    let by_key = words.iter().max_by_key(|w| w.len());
    println!("{:?}", by_key);
}
