//@ mode: check
fn main() {
    let mut total = 5;
    let r = &total;
    total = 7;
    println!("{r} {total}");
}
