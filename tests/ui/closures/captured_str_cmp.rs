// A closure comparing `&str`s it captured: the receiver `t` is captured as `&*t`, the
// argument `&u` as `&u`; both must read as the same text.
use std::cmp::Ordering;

struct Player {
    team: &'static str,
    score: u32,
}

impl Player {
    fn before(&self, other: &Player) -> bool {
        let by_team = || self.team.cmp(other.team) == Ordering::Less;
        by_team() || (self.team == other.team && self.score > other.score)
    }
}

fn main() {
    let a = Player { team: "blue", score: 3 };
    let b = Player { team: "red", score: 5 };
    let c = Player { team: "blue", score: 1 };
    println!("{} {} {} {}", a.before(&b), b.before(&a), a.before(&c), c.before(&a));

    let t = "kiwi";
    let u = "apple";
    let order = || t.cmp(&u);
    let same = |s: &str| s.cmp(t) == Ordering::Equal;
    println!("{:?} {} {}", order(), same("kiwi"), same(u));
    let mut names = vec!["pear", t, u];
    names.sort_by(|x, y| y.cmp(x));
    println!("{:?}", names);
}
