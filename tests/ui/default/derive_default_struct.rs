#[derive(Debug, Default)]
struct Settings {
    level: i32,
    ratio: f64,
    name: String,
    tags: Vec<String>,
    verbose: bool,
}

fn main() {
    let s = Settings::default();
    println!("{:?}", s);
    println!("{} {} {} {:?} {}", s.level, s.ratio, s.name, s.tags, s.verbose);
}
