//@ mode: check
// Comparing a number with `true`.
fn main() {
    let flag = 1;
    if flag == true {
        println!("set");
    }
}
