#[derive(Debug, Default)]
struct Request {
    url: String,
    retries: u32,
    timeout: u64,
    cached: bool,
}

fn main() {
    let r = Request { url: String::from("/home"), retries: 2, ..Default::default() };
    println!("{:?}", r);
    println!("{} {} {} {}", r.url, r.retries, r.timeout, r.cached);
}
