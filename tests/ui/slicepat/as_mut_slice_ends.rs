fn main() {
    let mut m = vec![1, 2, 3];
    if let [.., last] = m.as_mut_slice() {
        *last = 30;
    }
    if let [a, rest @ .., z] = &mut m[..] {
        *a += 1;
        rest[0] = 20;
        *z += 1;
    }
    println!("{:?}", m);
}
