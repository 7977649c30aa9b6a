//@ mode: run
#[derive(Debug)]
struct Player { name: &'static str, score: u32 }

fn best(players: &[Player; 3]) -> &Player {
    let mut top = &players[0];
    for p in players {
        if p.score > top.score {
            top = p;
        }
    }
    top
}

fn main() {
    let ps = [Player { name: "a", score: 3 }, Player { name: "b", score: 9 }, Player { name: "c", score: 1 }];
    println!("{:?}", best(&ps));
}
