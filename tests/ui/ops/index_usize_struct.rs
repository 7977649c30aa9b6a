use std::ops::Index;

#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
}

struct Team {
    players: Vec<Player>,
}

impl Index<usize> for Team {
    type Output = Player;

    fn index(&self, i: usize) -> &Player {
        &self.players[i]
    }
}

fn main() {
    let t = Team {
        players: vec![
            Player { name: String::from("Ann"), score: 3 },
            Player { name: String::from("Bo"), score: 7 },
        ],
    };
    println!("{} {}", t[1].name, t[0].score);
    let p = &t[0];
    println!("{:?}", p);
}
