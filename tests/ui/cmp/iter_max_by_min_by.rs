fn main() {
    let v = vec![3, 9, 2, 9];
    println!("{:?}", v.iter().max_by(|a, b| a.cmp(b)));
    println!("{:?}", v.iter().min_by(|a, b| a.cmp(b)));
    let f = vec![1.5, 0.2, 7.25];
    println!("{:?}", f.iter().min_by(|a, b| a.partial_cmp(b).unwrap()));
    println!("{:?}", f.iter().max_by(|a, b| a.partial_cmp(b).unwrap()));
    let empty: Vec<i32> = Vec::new();
    println!("{:?}", empty.iter().max_by(|a, b| a.cmp(b)));
}
