// Positional arguments can be repeated and reordered.
fn main() {
    let first = "to be";
    let second = "not";
    println!("{0}, or {1} {0}", first, second);
    println!("{1} {0} {1}", 1, 2);
    println!("{0} {0} {0}!", "ho");
    println!("{} and {} and {0}", "left", "right");
}
