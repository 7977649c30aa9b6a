fn blank<T: Default + Clone>(n: usize) -> Vec<T> {
    let mut v = Vec::new();
    for _ in 0..n {
        v.push(T::default());
    }
    v
}

fn main() {
    let a: Vec<u8> = blank(3);
    let b: Vec<String> = blank(2);
    println!("{:?} {:?}", a, b);
}
