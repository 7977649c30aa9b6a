fn make<const N: usize>() -> [i32; N] {
    [7; N]
}
fn main() {
    let total: i32 = make().iter().sum();
    println!("{}", total);
}
