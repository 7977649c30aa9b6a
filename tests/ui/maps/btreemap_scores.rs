use std::collections::BTreeMap;

#[derive(Debug)]
struct Stats {
    games: u32,
    points: u32,
}

fn main() {
    let results = [("zed", 3), ("amy", 5), ("zed", 1), ("bo", 2), ("amy", 0)];
    let mut table: BTreeMap<String, Stats> = BTreeMap::new();
    for (name, pts) in results {
        let s = table.entry(name.to_string()).or_insert(Stats { games: 0, points: 0 });
        s.games += 1;
        s.points += pts;
    }
    for (name, s) in &table {
        println!("{name:>4}: {} games, {} points", s.games, s.points);
    }
    println!("{:?}", table.get("bo"));
    println!("{:#?}", table.first_key_value());
    let removed = table.remove("zed");
    println!("{:?} {}", removed, table.len());
}
