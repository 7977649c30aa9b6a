fn window(v: &[i32], end: usize) -> &[i32] {
    &v[1..end]
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{:?}", window(&v, 3));
    println!("{:?}", window(&v, 5));
}
