// Arrays of different lengths cannot be compared.
fn main() {
    let a = [1, 2, 3];
    println!("{}", a == [1, 2]);
}
