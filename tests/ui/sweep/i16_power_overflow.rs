//@ mode: run
// Powers of 7 quickly outgrow an i16.
fn main() {
    let mut value: i16 = 1;
    let mut exponent = 0;
    loop {
        println!("7^{} = {}", exponent, value);
        value *= 7;
        exponent += 1;
    }
}
