//@ mode: check
fn main() {
    let mut count = 0;
    let m = &mut count;
    println!("{count}");
    *m += 1;
}
