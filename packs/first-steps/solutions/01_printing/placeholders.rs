// The format string has two placeholders. Give `println!` what it needs to fill both.
// Expected output: Mars, first reached by a rover in 1997

fn main() {
    let planet = "Mars";
    let year = 1997;
    println!("{}, first reached by a rover in {}", planet, year);
}
