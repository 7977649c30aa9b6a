// `sign` returns 1 for a positive number, -1 for a negative one and 0 for zero.

fn sign(n: i32) -> i32 {
    if n > 0 {
        1
    } else {
        -1
    }
}

fn main() {
    println!("{}", sign(-7));
}

#[test]
fn positive_and_negative() {
    assert_eq!(sign(42), 1);
    assert_eq!(sign(-3), -1);
}

#[test]
fn zero_has_no_sign() {
    assert_eq!(sign(0), 0);
}
