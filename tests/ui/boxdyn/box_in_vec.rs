// A vector of boxes: indexing and iterating reach the boxed values.
fn main() {
    let mut v: Vec<Box<i32>> = Vec::new();
    v.push(Box::new(1));
    v.push(Box::new(20));
    v.push(Box::new(300));
    let mut total = 0;
    for b in &v {
        total += **b;
    }
    println!("{} {}", total, v[1]);
    println!("{:?}", v);
}
