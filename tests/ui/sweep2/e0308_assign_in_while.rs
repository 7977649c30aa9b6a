//@ mode: check
// `=` where `==` was meant, in a while condition.
fn main() {
    let mut guess = 0;
    while guess = 5 {
        guess += 1;
    }
}
