#[derive(Debug)]
struct Score(u32);

impl Default for Score {
    fn default() -> Self {
        Score(100)
    }
}

fn main() {
    let s: Option<Score> = None;
    println!("{:?}", s.unwrap_or_default());
    let r: Result<Score, ()> = Ok(Score(1));
    println!("{:?} {}", r.unwrap_or_default(), Score::default().0);
}
