fn main() {
    let v = vec![1, 2, 3];
    v.push_back(4);
}
