fn main() {
    let mut all: Vec<u32> = Vec::new();
    let src = [3u32, 1, 4];
    all.extend(src.iter());
    all.extend(src.iter().cloned());
    all.extend(src.iter().copied().rev());
    all.extend_from_slice(&src[1..]);
    println!("{:?}", all);
}
