fn main() {
    let v = vec![1, 2, 3];
    let _it = v.iter().flatten();
}
