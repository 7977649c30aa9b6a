#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Bronze,
    Silver,
    Gold,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    rank: Rank,
    time: u32,
}

fn main() {
    let mut ranks = vec![Rank::Silver, Rank::Gold, Rank::Bronze, Rank::Gold];
    ranks.sort();
    println!("{:?}", ranks);
    let mut results = vec![
        Entry { rank: Rank::Silver, time: 61 },
        Entry { rank: Rank::Gold, time: 58 },
        Entry { rank: Rank::Silver, time: 59 },
    ];
    results.sort();
    println!("{:?}", results);
    println!("{}", Rank::Gold > Rank::Silver && Rank::Bronze < Rank::Silver);
}
