// `iter_mut()` yields `&mut i32`: writing through them changes the Vec.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter_mut() {
        *x += 10;
    }
    println!("{:?}", v);
    let mut arr = [5, 6, 7];
    for x in arr.iter_mut() {
        *x *= 2;
    }
    println!("{:?}", arr);
}
