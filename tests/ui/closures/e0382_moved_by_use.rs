//@ mode: check
// A closure that moves a captured value takes it by value, even without `move`.
#[derive(Debug)]
struct Config {
    verbose: bool,
}

fn main() {
    let cfg = Config { verbose: true };
    let take = || {
        let c = cfg;
        c.verbose
    };
    take();
    println!("{:?}", cfg);
}
