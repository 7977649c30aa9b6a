//@ mode: run
// Progress on stderr with eprint!, results on stdout with print!.
fn main() {
    let mut total = 0;
    for step in 1..=4 {
        eprint!("step {step}... ");
        total += step * step;
        eprintln!("done");
        print!("{total} ");
    }
    println!();
    eprintln!("{:>8}", "finished");
}
