//@ mode: check
// An inline name in a format string that is not in scope.
fn main() {
    let total = 12;
    println!("the total is {totl}");
    println!("{total}");
}
