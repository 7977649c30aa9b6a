// `-> impl Iterator<Item = u32>`: callers see only the bound.
fn evens(n: u32) -> impl Iterator<Item = u32> {
    (0..n).filter(|x| x % 2 == 0)
}

fn main() {
    for e in evens(7) {
        println!("{}", e);
    }
    let mut it = evens(5);
    println!("{:?}", it.next());
    println!("{:?}", it.next());
}
