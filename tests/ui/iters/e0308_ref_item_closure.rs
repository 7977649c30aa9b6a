// The items of `iter()` are `&i32`: the closure cannot return one as an `i32`.
fn main() {
    let v = vec![1, 2, 3];
    let firsts: Vec<i32> = Vec::new();
    let m = v.iter().map(|x| -> i32 { x }).count();
    println!("{} {:?}", m, firsts);
}
