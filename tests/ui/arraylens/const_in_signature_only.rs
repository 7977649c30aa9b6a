const DAYS: usize = 7;

struct Unused {
    hours: [u8; DAYS],
}

fn busiest(hours: [u8; DAYS]) -> usize {
    let mut best = 0;
    for day in 1..hours.len() {
        if hours[day] > hours[best] {
            best = day;
        }
    }
    best
}

fn main() {
    println!("day {}", busiest([2, 5, 1, 8, 3, 0, 4]));
}
