//@ mode: check
fn main() {
    let mut c = 'x';
    c += 1;
    let d = c == 5;
    println!("{c}{d}");
}
