fn main() {
    let spans = vec![0..2, 10..13, 20..21];
    let all: Vec<u32> = spans.into_iter().flatten().collect();
    println!("{:?}", all);
}
