//@ mode: run
// A labelled block used as a statement: `break 'a` skips the rest of it.
fn main() {
    for n in 1..5 {
        'checks: {
            if n % 2 == 0 {
                println!("{n} is even");
                break 'checks;
            }
            println!("{n} is odd");
        }
        println!("done with {n}");
    }
}
