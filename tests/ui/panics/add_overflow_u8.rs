// Summing into a u8 overflows once the total passes 255.
fn add_points(total: u8, points: u8) -> u8 {
    total + points
}

fn main() {
    let mut total: u8 = 0;
    let mut round = 1;
    while round <= 10 {
        total = add_points(total, 40);
        println!("round {}: {}", round, total);
        round += 1;
    }
}
