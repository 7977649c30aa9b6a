// `I::Item` in a signature, fixed by the caller's iterator.
fn last_of<I: Iterator>(it: I) -> Option<I::Item> {
    let mut last = None;
    for x in it {
        last = Some(x);
    }
    last
}

fn main() {
    println!("{:?}", last_of(1..4));
    println!("{:?}", last_of("xyz".chars()));
}
