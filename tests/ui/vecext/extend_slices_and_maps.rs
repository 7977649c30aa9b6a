fn main() {
    let mut v = vec![1, 2];
    v.extend(&[5, 6]);
    let w = vec![1];
    v.extend(w.iter().map(|x| x + 1));
    let mut s = String::new();
    s.extend(&vec!['a', 'b']);
    let n = None::<&i32>.copied();
    println!("{:?} {} {:?}", v, s, n);
}
