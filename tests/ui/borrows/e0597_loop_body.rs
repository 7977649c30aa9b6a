//@ mode: check
fn main() {
    let zero = 0;
    let mut r = &zero;
    for i in 0..3 {
        let v = i * 2;
        if i == 1 {
            r = &v;
        }
        println!("{r}");
    }
}
