// An array pattern must have as many elements as the array.
fn main() {
    let xs = [1, 2, 3];
    let [a, b] = xs;
    println!("{} {}", a, b);
}
