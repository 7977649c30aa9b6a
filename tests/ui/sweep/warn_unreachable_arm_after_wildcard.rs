//@ mode: run
// Arms after a catch-all can never match.
fn grade(score: u8) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        _ => 'F',
        70..=79 => 'C',
    }
}

fn main() {
    println!("{} {} {}", grade(95), grade(85), grade(75));
}
