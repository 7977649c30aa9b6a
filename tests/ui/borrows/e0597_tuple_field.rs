//@ mode: check
fn main() {
    let r;
    {
        let pair = (1, 2);
        r = &pair.1;
    }
    println!("{r}");
}
