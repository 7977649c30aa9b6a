//@ mode: check
fn main() {
    let temperature = 21.5;
    if temperature < 30 {
        println!("mild");
    }
}
