fn main() {
    let v = vec![1, 2, 3];
    let n = v.lenn();
    println!("{n}");
}
