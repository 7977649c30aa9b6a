//@ mode: check
// A value-producing `if` needs an `else` branch.
fn main() {
    let temperature = 30;
    let feeling = if temperature > 25 {
        "warm"
    };
    println!("{}", feeling);
}
