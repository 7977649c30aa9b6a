// `first_square_at_least(limit)` returns the smallest square number (1, 4, 9, 16, ...)
// that is greater than or equal to `limit`.

fn first_square_at_least(limit: u64) -> u64 {
    let mut root = 1;
    loop {
        let square = root * root;
        if square >= limit {
            break square;
        }
        root += 1;
    }
}

fn main() {
    println!("{}", first_square_at_least(50));
}

#[test]
fn between_squares() {
    assert_eq!(first_square_at_least(50), 64);
    assert_eq!(first_square_at_least(2), 4);
}

#[test]
fn exactly_a_square() {
    assert_eq!(first_square_at_least(49), 49);
    assert_eq!(first_square_at_least(1), 1);
}
