// Overwriting a reference ends the borrow it held.
fn main() {
    let mut a = 1;
    let b = 2;
    let mut r = &a;
    println!("{r}");
    r = &b;
    a += 1;
    println!("{r} {a}");
    for i in 0..3 {
        let m = &mut a;
        *m += i;
    }
    println!("{a}");
}
