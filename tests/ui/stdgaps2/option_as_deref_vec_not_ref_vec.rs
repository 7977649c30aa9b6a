fn main() {
    let v: Option<Vec<i32>> = Some(vec![1, 2]);
    let r: Option<&Vec<i32>> = v.as_deref();
    println!("{:?}", r);
}
