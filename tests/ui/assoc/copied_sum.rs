// `copied` turns `&u32` items into `u32`s.
fn main() {
    let v = vec![3u32, 4, 5];
    let mut total = 0;
    for x in v.iter().copied() {
        total += x;
    }
    println!("{}", total);
    for x in v.iter().copied().map(|x| x * 10).filter(|x| *x > 30) {
        println!("{}", x);
    }
    let arr = [1.5, 2.5];
    for f in arr.iter().copied() {
        println!("{}", f * 2.0);
    }
}
