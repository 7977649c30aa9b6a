//@ mode: check
fn main() {
    let mut x = 0;
    let mut a = 1;
    let mut last = &mut a;
    for i in 0..3 {
        *last += i;
        if i == 1 {
            last = &mut x;
        }
        x += 1;
    }
    println!("{x}");
}
