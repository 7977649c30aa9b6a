fn triple(n: i32) -> i32 {
    n * 3
}

fn main() {
    let nums = vec![4, 5, 6];
    let tripled: Vec<i32> = nums.into_iter().map(triple).collect();
    println!("{:?}", tripled);
}
