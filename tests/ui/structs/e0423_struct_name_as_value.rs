//@ mode: check
// Using a struct's name as if it were a value.
struct Config {
    verbose: bool,
}

fn main() {
    let c = Config;
    println!("{}", c.verbose);
}
