// Printing an array of enum values with `{:?}` needs `#[derive(Debug)]` on the enum.
enum Fruit {
    Apple,
    Pear,
}

fn main() {
    let basket = [Fruit::Apple, Fruit::Pear, Fruit::Apple];
    println!("{:?}", basket);
}
