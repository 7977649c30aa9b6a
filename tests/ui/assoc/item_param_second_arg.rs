use std::fmt::Display;

// `T` is decided by the iterator, then the second argument must be a `T` too.
fn show_all<I, T>(it: I, extra: T)
where
    I: Iterator<Item = T>,
    T: Display,
{
    for x in it {
        print!("{} ", x);
    }
    println!("{}", extra);
}

fn main() {
    show_all("abc".chars(), 'z');
    show_all(vec![1, 2].into_iter(), 3);
}
