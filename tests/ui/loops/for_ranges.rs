//@ mode: run
// for over integer ranges: exclusive, inclusive up to MAX, empty, continue, break.
fn main() {
    let mut total = 0;
    for i in 1..=10 {
        total += i;
    }
    println!("{}", total);
    for n in 0..3 {
        if n == 1 {
            continue;
        }
        println!("n = {n}");
    }
    let start: u8 = 250;
    for b in start..=255 {
        print!("{} ", b);
    }
    println!();
    for _ in 5..2 {
        println!("never");
    }
    let mut count = 0;
    for k in 10..20 {
        if k > 13 {
            break;
        }
        count += 1;
    }
    println!("{}", count);
    for i in 0..10 {
        println!("{}", i);
    }
}
