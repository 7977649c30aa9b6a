fn main() {
    let coins = vec![5, 10, 25];
    let by_ref: i32 = coins.iter().sum();
    let by_value: i32 = coins.into_iter().sum();
    println!("{} {}", by_ref, by_value);
}
