fn total<T: AsRef<[i32]>>(t: T) -> i32 {
    t.as_ref().iter().sum()
}
fn main() {
    let scores = [1.5, 2.5];
    println!("{}", total(scores));
}
