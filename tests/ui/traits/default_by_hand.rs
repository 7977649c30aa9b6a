// `impl Default` by hand, called through the type.
#[derive(Debug)]
struct Config {
    width: u32,
    verbose: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config { width: 80, verbose: false }
    }
}

fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let d = <Config as Default>::default();
    println!("{} {}", d.width, d.verbose);
}
