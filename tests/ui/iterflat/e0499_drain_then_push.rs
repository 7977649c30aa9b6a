fn main() {
    let mut v = vec![1, 2, 3];
    let d = v.drain(..);
    v.push(4);
    for x in d {
        println!("{}", x);
    }
}
