#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut team = vec![
        Player { name: String::from("ana"), score: 30 },
        Player { name: String::from("bo"), score: 50 },
        Player { name: String::from("cy"), score: 30 },
    ];
    team.sort_by(|a, b| b.score.cmp(&a.score));
    for p in &team {
        println!("{} {}", p.name, p.score);
    }
    team.sort_by(|a, b| a.name.cmp(&b.name).reverse());
    println!("{:?}", team);
}
