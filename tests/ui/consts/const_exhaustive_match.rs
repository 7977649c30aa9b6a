//@ mode: check
// Constants in patterns do not make a match exhaustive.
const YES: bool = true;

fn main() {
    let b = false;
    match b {
        YES => println!("yes"),
    }
}
