//@ mode: check
type Count = usize;

fn main() {
    let n: Count<u8> = 3;
    println!("{}", n);
}
