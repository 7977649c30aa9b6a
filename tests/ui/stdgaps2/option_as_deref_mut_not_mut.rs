fn main() {
    let v: Option<Vec<i32>> = Some(vec![1, 2]);
    if let Some(s) = v.as_deref_mut() {
        s[0] = 5;
    }
    println!("{:?}", v);
}
