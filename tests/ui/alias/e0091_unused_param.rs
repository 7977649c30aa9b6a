//@ mode: check
type Tagged<T> = u8;

fn main() {
    let t: u8 = 4;
    println!("{}", t);
}
