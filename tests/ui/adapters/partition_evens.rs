// `partition` splits the items into two `Vec`s by a predicate.
fn main() {
    let nums = vec![7, 2, 9, 4, 6, 1];
    let (even, odd): (Vec<i32>, Vec<i32>) = nums.into_iter().partition(|n| n % 2 == 0);
    println!("even: {:?}", even);
    println!("odd: {:?}", odd);
}
