//@ mode: check
//@ edition: 2021
// Without `unsafe extern`, items cannot say `safe`; plain ones are fine in 2021.
extern "C" {
    safe fn abs(x: i32) -> i32;
    fn labs(x: i64) -> i64;
}

fn main() {
    let n = unsafe { labs(-5) };
    println!("{}", n);
}
