// `into_iter()` on a Vec moves its elements out.
fn main() {
    let words = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let lens: usize = words.into_iter().map(|w| w.len()).sum();
    println!("{}", lens);
    let nums = vec![1, 2, 3];
    for n in nums.into_iter().rev() {
        println!("{}", n);
    }
}
