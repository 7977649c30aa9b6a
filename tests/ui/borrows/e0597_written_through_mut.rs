//@ mode: check
fn main() {
    let a = 1;
    let mut r = &a;
    {
        let y = 5;
        let m = &mut r;
        *m = &y;
    }
    println!("{r}");
}
