fn main() {
    let scores = vec![70, 85, 92];
    let kept: Vec<i32> = scores.iter().collect();
    println!("{:?}", kept);
}
