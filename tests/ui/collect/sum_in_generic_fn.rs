fn total<I: Iterator<Item = u32>>(items: I) -> u32 {
    items.sum()
}

fn main() {
    let hours: Vec<u32> = vec![4, 5];
    println!("{}", total(hours.into_iter()));
    println!("{}", total((1..=4).map(|h: u32| h * 2)));
}
