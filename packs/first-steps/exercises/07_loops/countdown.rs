// A rocket burns 2 units of fuel per step. Count down while it can still burn a whole step.
// Expected output:
// fuel: 5
// fuel: 3
// Liftoff!

fn main() {
    let mut fuel: u32 = 5;
    while fuel != 0 {
        println!("fuel: {fuel}");
        fuel -= 2;
    }
    println!("Liftoff!");
}
