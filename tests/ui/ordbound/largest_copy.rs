// The book-style `largest` with `T: PartialOrd + Copy`, over several element types.
fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut big = xs[0];
    for &x in xs {
        if x > big {
            big = x;
        }
    }
    big
}

fn main() {
    println!("{}", largest(&[34, 50, 25, 100, 65]));
    println!("{}", largest(&['y', 'm', 'a', 'q']));
    println!("{}", largest(&[1.5, -2.0, 0.25]));
    println!("{}", largest(&["pear", "apple", "zucchini"]));
}
