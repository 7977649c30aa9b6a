// A `&mut` that is re-pointed inside a loop: the old loan ends where it is overwritten.
fn main() {
    let mut a = 1;
    let mut b = 2;
    let mut r = &mut a;
    for i in 0..3 {
        if i == 1 {
            r = &mut b;
        }
        *r += 10;
    }
    println!("{a} {b}");
}
