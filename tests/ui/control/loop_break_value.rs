// `loop` with `break value`: find the first multiple of 7 above 50.
fn main() {
    let mut candidate = 50;
    let found = loop {
        candidate += 1;
        if candidate % 7 == 0 {
            break candidate;
        }
    };
    println!("first multiple of 7 above 50: {}", found);

    let mut attempts = 0;
    let message = loop {
        attempts += 1;
        if attempts == 3 {
            break "gave up after three attempts";
        }
    };
    println!("{}", message);
}
