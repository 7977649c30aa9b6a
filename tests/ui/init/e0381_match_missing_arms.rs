//@ mode: check
// Match arms that do not initialise the binding (an arm whose body is the assignment
// itself is not a statement, so rustc names it too).
fn main() {
    let x;
    let n = 2;
    match n {
        1 => x = "one",
        2 => {
            x = "two";
        }
        _ => {}
    }
    println!("{x}");
}
