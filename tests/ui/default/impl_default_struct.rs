#[derive(Debug)]
struct Config {
    retries: u32,
    name: String,
}

impl Default for Config {
    fn default() -> Self {
        Config { retries: 3, name: String::from("main") }
    }
}

fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let d: Config = Default::default();
    println!("{} {}", d.retries, d.name);
}
