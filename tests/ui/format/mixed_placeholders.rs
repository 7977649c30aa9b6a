//@ edition: 2021
// Mixing {} , {:?}, positional and named placeholders in one string.
fn main() {
    let item = "apple";
    let count = 3;
    println!("{} x {:?}", count, item);
    println!("{item} costs {0} cents, {0} each", 45);
    println!("{count} {}", count * 45);
    println!("{:?}{:?}", 'a', "b");
}
