// A drone climbs from the bottom of a canyon (below sea level) to above its rim.
// Choose a type for `altitude` that can hold every value it takes.

fn main() {
    let depth: i16 = -40;
    let altitude: u8 = 300;
    println!("from {depth} m to {altitude} m");
}
