fn main() {
    let mut v = vec![10, 20, 30, 40, 50, 60];
    let mid: Vec<i32> = v.drain(1..3).collect();
    println!("{:?} {:?}", mid, v);
    let head: Vec<i32> = v.drain(..2).collect();
    println!("{:?} {:?}", head, v);
    let rest: i32 = v.drain(..).sum();
    println!("{} {:?} {}", rest, v, v.is_empty());
}
