// A literal in a `let` array pattern makes it refutable.
fn main() {
    let xs = [0, 5];
    let [0, y] = xs;
    println!("{}", y);
}
