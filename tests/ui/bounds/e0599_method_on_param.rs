//@ mode: check
fn size<T>(x: T) -> usize {
    x.count()
}

fn main() {
    println!("{}", size(3));
}
