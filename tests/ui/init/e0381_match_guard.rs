//@ mode: check
// A guarded arm that leaves the binding unset.
fn main() {
    let sign;
    let n = -4;
    match n {
        0 => {
            sign = 0;
        }
        m if m > 0 => {
            println!("positive");
        }
        _ => {
            sign = -1;
        }
    }
    println!("{sign}");
}
