fn main() {
    let v = vec![1, 2];
    let n = v.iter().frobnicate();
}
