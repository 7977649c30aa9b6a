// `continue` skips the rest of an iteration; `break` leaves the loop.
fn main() {
    let mut number = 0;
    let mut sum_of_odds = 0;
    while number < 20 {
        number += 1;
        if number % 2 == 0 {
            continue;
        }
        if number > 11 {
            break;
        }
        print!("{} ", number);
        sum_of_odds += number;
    }
    println!();
    println!("sum of odd numbers up to 11: {}", sum_of_odds);
}
