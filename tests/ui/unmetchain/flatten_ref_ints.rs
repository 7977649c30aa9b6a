fn main() {
    let v = vec![1, 2, 3];
    let all: Vec<i32> = v.iter().flatten().collect();
    println!("{:?}", all);
}
