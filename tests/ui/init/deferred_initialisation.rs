//@ mode: run
// A variable declared first and initialised in each branch.
fn main() {
    let size;
    let n = 7;
    if n > 5 {
        size = "large";
    } else {
        size = "small";
    }
    println!("{n} is {size}");
    let doubled: i64;
    doubled = n * 2;
    println!("{doubled}");
}
