// The same constraint written in a `where` clause.
fn total<I>(it: I) -> u32
where
    I: Iterator<Item = u32>,
{
    let mut sum = 0;
    for x in it {
        sum += x;
    }
    sum
}

fn main() {
    println!("{}", total(1..5));
    println!("{}", total(vec![7, 8].into_iter()));
}
