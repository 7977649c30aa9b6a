// Variables named inline in the format string.
fn main() {
    let planet = "Mars";
    let moons = 2;
    let habitable = false;
    println!("{planet} has {moons} moons");
    println!("habitable: {habitable}");
    println!("{planet}, {planet}, {} again", "Mars");
    let distance_km = 227939366;
    eprintln!("distance: {distance_km} km");
}
