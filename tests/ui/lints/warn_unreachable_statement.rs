//@ mode: run
// Code after a return never runs.
fn first_even(limit: u32) -> u32 {
    for n in 1..limit {
        if n % 2 == 0 {
            return n;
        }
    }
    return 0;
    println!("not reached");
}

fn main() {
    println!("{}", first_even(10));
}
