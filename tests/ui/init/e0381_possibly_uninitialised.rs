//@ mode: check
// Using a variable that is only initialised on one path.
fn main() {
    let message;
    let n = 3;
    if n > 5 {
        message = "big";
    }
    println!("{message}");
}
