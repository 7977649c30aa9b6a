// Arrays of Copy elements are Copy: assigning copies every element.
fn bump(mut a: [i32; 3]) -> i32 {
    a[0] += 100;
    a[0]
}

fn main() {
    let original = [1, 2, 3];
    let mut copy = original;
    copy[1] = 20;
    println!("{:?} {:?}", original, copy);
    println!("{} {:?}", bump(original), original);
    let pair = (original, copy);
    let mut inner = pair.0;
    inner[2] = 0;
    println!("{:?} {:?}", pair, inner);
}
