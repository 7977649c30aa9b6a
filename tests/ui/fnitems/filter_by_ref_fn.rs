fn is_odd(n: &i32) -> bool {
    *n % 2 != 0
}

fn main() {
    let nums = vec![7, 8, 9, 10, 11];
    let odd: Vec<i32> = nums.into_iter().filter(is_odd).collect();
    println!("{:?}", odd);
}
