fn main() {
    let v = vec![1];
    let n = v.iter().map(|x| x + 1).frobnicate();
}
