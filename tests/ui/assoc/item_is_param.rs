// `Item = T` with `T` another parameter: the first argument decides `T`.
fn first<I, T>(mut it: I) -> Option<T>
where
    I: Iterator<Item = T>,
{
    it.next()
}

fn main() {
    println!("{:?}", first(vec![3, 4].into_iter()));
    println!("{:?}", first("hey".chars()));
    println!("{:?}", first(5..5));
}
