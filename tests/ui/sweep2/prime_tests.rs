//@ mode: test
// Unit tests for a primality check.
fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

#[test]
fn small_primes() {
    assert!(is_prime(2));
    assert!(is_prime(13));
}

#[test]
fn composites() {
    assert!(!is_prime(1));
    assert!(!is_prime(91));
}

#[test]
fn a_wrong_expectation() {
    assert_eq!(is_prime(21), true, "21 = 3 * 7");
}
