fn main() {
    let coins = vec![5, 10, 25];
    let total = coins.iter().sum();
    println!("{}", total);
}
