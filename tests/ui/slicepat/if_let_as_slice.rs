fn main() {
    let v = vec![10, 20];
    if let [a, b] = v.as_slice() {
        println!("pair: {} and {}", a, b);
    }
    let w = vec![1, 2, 3];
    if let [a, b] = w.as_slice() {
        println!("also a pair: {} {}", a, b);
    } else {
        println!("not a pair: {} items", w.len());
    }
    while let [first, ..] = &w[..] {
        println!("first is {first}");
        break;
    }
}
