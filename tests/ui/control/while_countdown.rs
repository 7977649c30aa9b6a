// A while loop counting down to liftoff.
fn main() {
    let mut seconds = 5;
    while seconds > 0 {
        println!("{}...", seconds);
        seconds -= 1;
    }
    println!("Liftoff!");
}
