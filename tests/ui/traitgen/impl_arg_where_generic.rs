// `impl Trait` next to a named type parameter in one function.
use std::fmt::Display;

trait Score {
    fn score(&self) -> u32;
}

struct Player {
    points: u32,
}

impl Score for Player {
    fn score(&self) -> u32 {
        self.points
    }
}

fn announce<L: Display>(label: L, who: &impl Score) {
    println!("{}: {}", label, who.score());
}

fn main() {
    let p = Player { points: 12 };
    announce("alice", &p);
    announce(3, &Player { points: 40 });
}
