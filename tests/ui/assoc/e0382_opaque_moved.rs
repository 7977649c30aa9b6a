// An opaque type is not `Copy`: its bounds do not say so.
fn evens(n: u32) -> impl Iterator<Item = u32> {
    (0..n).filter(|x| x % 2 == 0)
}

fn main() {
    let a = evens(4);
    let b = a;
    let c = a;
    for x in b.chain(c) {
        println!("{}", x);
    }
}
