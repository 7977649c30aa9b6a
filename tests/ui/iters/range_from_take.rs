// `a..` never ends: `take` and `find` stop it.
fn main() {
    for n in (1..).take(4) {
        print!("{} ", n);
    }
    println!();
    let first = (10..).find(|x| x % 7 == 0);
    println!("{:?}", first);
}
