// `impl Iterator<Item = u32>` in argument position: an anonymous type parameter.
fn sum_all(it: impl Iterator<Item = u32>) -> u32 {
    let mut s = 0;
    for x in it {
        s += x;
    }
    s
}

fn main() {
    println!("{}", sum_all(1..4));
    println!("{}", sum_all(vec![10, 20].into_iter()));
    println!("{}", sum_all((1..10).filter(|x| x % 3 == 0)));
}
