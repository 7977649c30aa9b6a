//@ edition: 2021
// Early `return` from inside a loop.
fn smallest_divisor(number: u32) -> u32 {
    let mut divisor = 2;
    while divisor * divisor <= number {
        if number % divisor == 0 {
            return divisor;
        }
        divisor += 1;
    }
    number
}

fn main() {
    println!("{}", smallest_divisor(91));
    println!("{}", smallest_divisor(97));
    println!("{}", smallest_divisor(1024));
}
