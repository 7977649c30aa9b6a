fn main() {
    let all: Option<u32> = vec![Some(1), Some(2), Some(3)].into_iter().sum();
    let gap: Option<u32> = vec![Some(1), None, Some(3)].into_iter().sum();
    println!("{:?} {:?}", all, gap);
}
