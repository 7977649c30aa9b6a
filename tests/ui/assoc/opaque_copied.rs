// An opaque iterator of references, copied by the caller.
fn big<'a>(v: &'a [i64]) -> impl Iterator<Item = &'a i64> + 'a {
    v.iter().filter(|x| x.abs() > 2)
}

fn main() {
    let v = vec![1, -5, 2, 7];
    let mut sum = 0;
    for x in big(&v).copied() {
        sum += x;
    }
    println!("{}", sum);
    println!("{:?}", big(&v).last());
}
