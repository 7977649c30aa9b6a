// `unzip` after a `map` that builds the pairs.
fn main() {
    let v = vec![1, 2, 3, 4];
    let (squares, cubes): (Vec<i64>, Vec<i64>) = v.iter().map(|&x| (x * x, x * x * x)).unzip();
    println!("{:?} {:?}", squares, cubes);
}
