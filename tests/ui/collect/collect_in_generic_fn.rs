fn doubled<I: Iterator<Item = i32>>(items: I) -> Vec<i32> {
    items.map(|x| x * 2).collect()
}

fn main() {
    println!("{:?}", doubled(vec![1, 2, 3].into_iter()));
    println!("{:?}", doubled(0..3));
}
