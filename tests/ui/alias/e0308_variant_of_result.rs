//@ mode: check
type Both = Result<u8, u8>;

fn main() {
    let b: Both = 7;
    println!("{:?}", b);
}
