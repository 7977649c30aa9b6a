// Arrays by value (edition 2021+): `into_iter()` yields the elements.
fn main() {
    let total: i32 = [1, 2, 3].into_iter().sum();
    println!("{}", total);
    let squares = [1, 2, 3, 4].into_iter().map(|x| x * x).filter(|x| x % 2 == 0).count();
    println!("{}", squares);
}
