type Score = u32;
type Scores = Vec<Score>;
type Board<T> = Vec<(String, T)>;
type ScoreBoard = Board<Score>;

fn total(s: &Scores) -> Score {
    s.iter().sum()
}

fn main() {
    let s: Scores = vec![3, 4, 5];
    let mut b: ScoreBoard = Vec::new();
    b.push((String::from("ann"), total(&s)));
    println!("{:?}", b);
}
