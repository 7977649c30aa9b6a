fn main() {
    let mut v = vec![1, 2, 3];
    if let [first, ..] = v.as_mut_slice() {
        v.push(4);
        *first = 9;
    }
    println!("{:?}", v);
}
