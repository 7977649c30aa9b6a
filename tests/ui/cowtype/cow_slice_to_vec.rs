use std::borrow::Cow;

fn positive(xs: &[i32]) -> Cow<'_, [i32]> {
    if xs.iter().all(|x| *x > 0) {
        Cow::Borrowed(xs)
    } else {
        Cow::Owned(xs.iter().map(|x| x.abs()).collect())
    }
}

fn main() {
    let a = positive(&[1, 2]);
    let b = positive(&[-1, 2]);
    println!("{:?} {:?} {}", a, b, b.len());
    let v: Vec<i32> = b.to_vec();
    println!("{:?}", v);
}
