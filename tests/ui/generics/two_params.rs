// Two type parameters: building and swapping pairs.
fn make_pair<A, B>(a: A, b: B) -> (A, B) {
    (a, b)
}

fn swap<A, B>(p: (A, B)) -> (B, A) {
    let (a, b) = p;
    (b, a)
}

fn main() {
    let p = make_pair(3u8, "three");
    let q = swap(p);
    println!("{:?} {:?}", q, swap(make_pair('x', 2.5)));
}
