// Tuple fields are captured one by one.
fn main() {
    let mut pair = (0, 100);
    let mut count = || pair.0 += 1;
    count();
    count();
    let limit = pair.1;
    count();
    println!("{} {} {}", pair.0, pair.1, limit);
}
