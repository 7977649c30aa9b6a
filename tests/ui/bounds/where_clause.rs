// The bound is written in a `where` clause.
trait Score {
    fn score(&self) -> i32;
}

struct Player {
    points: i32,
}

impl Score for Player {
    fn score(&self) -> i32 {
        self.points * 2
    }
}

fn total<T>(a: &T, b: &T) -> i32
where
    T: Score,
{
    a.score() + b.score()
}

fn main() {
    let p = Player { points: 5 };
    let q = Player { points: 7 };
    println!("total = {}", total(&p, &q));
}
