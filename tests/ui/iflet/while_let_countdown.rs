// `while let` with a range pattern drives a countdown.
fn main() {
    let mut fuel = 5;
    while let 1..=9 = fuel {
        println!("fuel left: {fuel}");
        fuel -= 2;
    }
    println!("stopped at {fuel}");
}
