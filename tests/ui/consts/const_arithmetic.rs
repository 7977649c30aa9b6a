// Constants computed from other constants, casts and arithmetic at compile time.
const SECONDS_PER_MINUTE: u32 = 60;
const MINUTES_PER_HOUR: u32 = 60;
const SECONDS_PER_DAY: u32 = SECONDS_PER_MINUTE * MINUTES_PER_HOUR * 24;
const WEEK: u64 = SECONDS_PER_DAY as u64 * 7;
const OFFSET: i8 = -(3 + 4);
const RATIO: f64 = 1.0 / 4.0;

fn main() {
    println!("a day has {SECONDS_PER_DAY} seconds");
    println!("a week has {} seconds", WEEK);
    println!("offset {OFFSET}, ratio {RATIO}");
}
