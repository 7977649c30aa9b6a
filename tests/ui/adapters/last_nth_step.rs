// `last`, `nth` and `step_by` on slices and ranges.
fn main() {
    let v = vec![4, 8, 15, 16, 23, 42];
    println!("{:?}", v.iter().last());
    println!("{:?}", v.iter().nth(2));
    println!("{:?}", v.iter().nth(10));
    let odds: Vec<i32> = (1..10).step_by(2).collect();
    println!("{:?}", odds);
    let mut it = v.iter();
    println!("{:?} {:?}", it.nth(1), it.next());
}
