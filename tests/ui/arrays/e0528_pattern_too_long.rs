// Even with `..`, an array pattern cannot have more elements than the array.
fn main() {
    let xs = [1, 2, 3];
    let [a, b, c, d, ..] = xs;
    println!("{} {} {} {}", a, b, c, d);
}
