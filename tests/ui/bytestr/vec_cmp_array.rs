fn main() {
    let numbers = vec![1, 2, 3];
    println!("{}", numbers == [1, 2, 3]);
    let view: &[i32] = &numbers;
    println!("{}", view == &[1, 2, 3]);
    println!("{}", [1, 2, 3] == view);
    println!("{}", numbers == view);
}
