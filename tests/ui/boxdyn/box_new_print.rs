// A box holds its value on the heap; printing it prints the value.
fn main() {
    let b = Box::new(41);
    let c: Box<f64> = Box::new(2.5);
    println!("{} {}", b, c);
    println!("{:?} {:?}", b, c);
    println!("{}", *b + 1);
}
