use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Entry {
    team: &'static str,
    wins: u32,
    losses: u32,
}

// Most wins first, then fewest losses, then by name.
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .wins
            .cmp(&self.wins)
            .then_with(|| self.losses.cmp(&other.losses))
            .then(self.team.cmp(other.team))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut table = vec![
        Entry { team: "owls", wins: 3, losses: 2 },
        Entry { team: "bats", wins: 5, losses: 0 },
        Entry { team: "cats", wins: 3, losses: 1 },
        Entry { team: "ants", wins: 3, losses: 1 },
    ];
    table.sort();
    for e in &table {
        println!("{} {}-{}", e.team, e.wins, e.losses);
    }
}
