fn main() {
    let teams = vec![vec!["ada", "bob"], vec!["cleo"]];
    for (i, name) in teams.iter().flatten().enumerate() {
        println!("{}: {}", i, name);
    }
}
