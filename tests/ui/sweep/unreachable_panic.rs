//@ mode: run
// unreachable! with a formatted message panics when it is reached.
fn weekday_name(day: u8) -> &'static str {
    match day {
        1 => "Monday",
        2 => "Tuesday",
        3 => "Wednesday",
        d if d > 7 => unreachable!("day {} does not exist", d),
        _ => "later in the week",
    }
}

fn main() {
    println!("{}", weekday_name(1));
    println!("{}", weekday_name(5));
    println!("{}", weekday_name(9));
}
