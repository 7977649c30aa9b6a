fn main() {
    let mut count = 3u32;
    let old = std::mem::replace(&mut count, "three");
    println!("{} {}", old, count);
}
