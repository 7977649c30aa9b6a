fn main() {
    let nums = vec![4, 8, 15, 16, 23, 42];
    let total = nums.iter().copied().reduce(|a, b| a + b);
    println!("{:?}", total);
    let longest = ["pear", "fig", "banana"].into_iter().reduce(|a, b| if b.len() > a.len() { b } else { a });
    println!("{:?}", longest);
    let empty: Vec<i32> = Vec::new();
    println!("{:?}", empty.into_iter().reduce(|a, b| a * b));
}
