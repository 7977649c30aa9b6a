// A power-up adds 10 to a player's level. This compiles, but it panics when run.
// Change the types so that it prints: level 260

fn boost(level: u16) -> u16 {
    level + 10
}

fn main() {
    let level = boost(250);
    println!("level {level}");
}
