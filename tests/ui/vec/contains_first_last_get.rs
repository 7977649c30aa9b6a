fn main() {
    let v = vec![10, 20, 30];
    println!("{} {}", v.contains(&20), v.contains(&25));
    println!("{:?} {:?}", v.first(), v.last());
    println!("{:?} {:?}", v.get(1), v.get(3));
    let empty: Vec<i32> = Vec::new();
    println!("{:?} {:?}", empty.first(), empty.last());
    if let Some(x) = v.get(2) {
        println!("third is {}", x);
    }
}
