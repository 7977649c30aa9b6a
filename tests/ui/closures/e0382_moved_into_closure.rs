//@ mode: check
// Using a value after it was moved into a `move` closure.
#[derive(Debug)]
struct Config {
    verbose: bool,
}

fn main() {
    let cfg = Config { verbose: true };
    let show = move || println!("{:?}", cfg);
    show();
    println!("{:?}", cfg);
}
