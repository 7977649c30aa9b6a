// Count three steps. The program does not compile: read the error and fix the binding.
// Expected output: walked 3 steps

fn main() {
    let mut steps = 0;
    steps += 1;
    steps += 1;
    steps += 1;
    println!("walked {steps} steps");
}
