#[derive(Debug)]
enum Light { Red, Green }
use Light::*;
struct Marker;
fn main() {
    let n = 2;
    match n {
        Marker => println!("m"),
        _ => println!("other"),
    }
    let Red = n;
    println!("{:?}", Green);
}
