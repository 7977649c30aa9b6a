// eprintln! writes to standard error, println! to standard output.
fn main() {
    println!("starting");
    eprintln!("warning: low on fuel");
    let fuel = 3;
    eprintln!("fuel left: {}", fuel);
    println!("done");
}
