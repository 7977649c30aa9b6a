fn main() {
    let s: HashSet<i32> = HashSet::new();
    println!("{}", s.len());
}
