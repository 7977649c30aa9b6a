// A loop that yields the first power of two above a limit.
fn first_power_above(limit: u32) -> u32 {
    let mut p = 1;
    loop {
        if p > limit {
            break p;
        }
        p *= 2;
    }
}

fn main() {
    let found = first_power_above(100);
    println!("{found}");
    println!("{}", first_power_above(0));
}
