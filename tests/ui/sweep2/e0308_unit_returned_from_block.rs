//@ mode: check
// A block whose last line ends with a semicolon used as a value.
fn main() {
    let n = 4;
    let squared: i32 = {
        let t = n * n;
        t;
    };
    println!("{squared}");
}
