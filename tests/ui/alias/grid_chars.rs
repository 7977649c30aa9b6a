type Grid = Vec<Vec<char>>;

fn render(g: &Grid) -> String {
    g.iter().map(|row| row.iter().collect::<String>()).collect::<Vec<_>>().join("\n")
}

fn main() {
    let mut g = Grid::with_capacity(2);
    g.push(vec!['#', '.', '#']);
    g.push(vec!['.', '#', '.']);
    g[1][0] = '@';
    println!("{}", render(&g));
}
