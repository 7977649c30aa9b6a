use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
struct Urgency(u8);

// 0 is the most urgent.
impl Ord for Urgency {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

impl PartialOrd for Urgency {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct Ticket {
    title: &'static str,
    urgency: Urgency,
}

fn main() {
    let tickets = vec![
        Ticket { title: "login", urgency: Urgency(2) },
        Ticket { title: "crash", urgency: Urgency(0) },
        Ticket { title: "typo", urgency: Urgency(5) },
    ];
    let first = tickets.iter().max_by_key(|t| t.urgency).unwrap();
    let last = tickets.iter().min_by_key(|t| t.urgency).unwrap();
    println!("{} {}", first.title, last.title);
    let pair = tickets.iter().max_by_key(|t| (t.urgency, t.title)).unwrap();
    println!("{}", pair.title);
}
