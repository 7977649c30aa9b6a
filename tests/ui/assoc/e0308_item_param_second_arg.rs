// rustc decides `T` from the iterator's items before it checks `target`.
fn count_eq<I, T>(it: I, target: T) -> usize
where
    I: Iterator<Item = T>,
{
    let mut n = 0;
    for _x in it {
        n += 1;
    }
    let _ = target;
    n
}

fn main() {
    println!("{}", count_eq(1..3u8, "a"));
}
