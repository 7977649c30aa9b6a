// A constant declared in a function body, used as a value and as a pattern.
fn main() {
    const LIMIT: u32 = 3;
    let mut tries = 0;
    loop {
        tries += 1;
        match tries {
            LIMIT => {
                println!("gave up after {LIMIT} tries");
                break;
            }
            _ => println!("try {tries}"),
        }
    }
}
