//@ mode: test
// assert! with a custom message that formats values.
fn is_leap_year(year: u32) -> bool {
    year % 4 == 0 && year % 100 != 0
}

#[test]
fn ordinary_leap_year() {
    assert!(is_leap_year(2024), "2024 is a leap year");
}

#[test]
fn century_divisible_by_400() {
    let year = 2000;
    assert!(is_leap_year(year), "{} is divisible by 400, so it is a leap year", year);
}
