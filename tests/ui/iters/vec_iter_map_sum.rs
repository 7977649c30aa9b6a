// `iter()` on a Vec yields `&i32`; `map` and `sum` take them.
fn main() {
    let v = vec![3, 1, 4, 1, 5];
    let doubled: i32 = v.iter().map(|x| x * 2).sum();
    println!("{}", doubled);
    println!("{}", v.iter().sum::<i32>());
    println!("{:?}", v);
}
