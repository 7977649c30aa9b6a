#[derive(Debug, Default)]
struct Settings {
    volume: u8,
    title: String,
    tags: Vec<String>,
}

fn main() {
    let s: Settings = Default::default();
    let n: f64 = Default::default();
    let (a, b): (bool, char) = Default::default();
    println!("{:?} {} {} {:?}", s, n, a, b);
    let opt: Option<u8> = Default::default();
    println!("{:?}", opt);
}
