// Match guards choosing a grade.
fn grade(score: u32) -> char {
    match score {
        s if s >= 90 => 'A',
        s if s >= 80 => 'B',
        s if s >= 70 => 'C',
        _ => 'F',
    }
}

fn main() {
    println!("95 -> {}", grade(95));
    println!("85 -> {}", grade(85));
    println!("71 -> {}", grade(71));
    println!("12 -> {}", grade(12));
}
