fn main() {
    let mut v = vec![1];
    let a = &mut v; let b = &v; a.push(2); println!("{b:?}");
}
