//@ mode: check
fn main() {
    let r: &i32;
    loop {
        let x = 3;
        r = &x;
        break;
    }
    println!("{r}");
}
