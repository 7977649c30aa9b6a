//@ mode: run
// Leap years with boolean logic.
fn is_leap(year: u32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_february(year: u32) -> u32 {
    if is_leap(year) { 29 } else { 28 }
}

fn main() {
    for year in 1896..1905 {
        println!("{year}: {} days", days_in_february(year));
    }
    println!("2000 leap? {}", is_leap(2000));
    println!("2100 leap? {}", is_leap(2100));
}
