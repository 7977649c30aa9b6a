//@ mode: check
fn main() {
    let mut n = 1;
    if true {
        n = 2;
    }
    n = 9;
    if n > 3 {
        println!("x");
    } else {
        n = 3;
    }
    let mut m = 1;
    m = 2;
    println!("{}", n + m);
}
