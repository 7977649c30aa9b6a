// A roller coaster admits riders who are at least 120 cm tall and have a ticket.

fn may_ride(height_cm: u32, has_ticket: bool) -> bool {
    height_cm >= 120 && has_ticket
}

fn main() {
    println!("{}", may_ride(130, true));
}

#[test]
fn tall_with_ticket_rides() {
    assert!(may_ride(150, true));
}

#[test]
fn short_with_ticket_waits() {
    assert!(!may_ride(100, true), "too short to ride, even with a ticket");
}

#[test]
fn tall_without_ticket_waits() {
    assert!(!may_ride(180, false), "a ticket is needed");
}
