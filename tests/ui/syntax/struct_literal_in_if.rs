//@ mode: check
#[derive(PartialEq)]
struct Config {
    verbose: bool,
}

fn main() {
    let c = Config { verbose: true };
    if c == Config { verbose: true } {
        println!("verbose");
    }
}
