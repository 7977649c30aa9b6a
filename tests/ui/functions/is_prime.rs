// A function returning bool, used as a loop condition helper.
fn is_prime(candidate: u32) -> bool {
    if candidate < 2 {
        return false;
    }
    let mut divisor = 2;
    while divisor * divisor <= candidate {
        if candidate % divisor == 0 {
            return false;
        }
        divisor += 1;
    }
    true
}

fn main() {
    let mut number = 0;
    let mut found = 0;
    while found < 10 {
        if is_prime(number) {
            print!("{} ", number);
            found += 1;
        }
        number += 1;
    }
    println!();
}
