use std::collections::HashMap;
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Pos { x: i32, y: i32 }
fn neighbours(p: Pos) -> impl Iterator<Item = Pos> {
    [(-1, 0), (1, 0), (0, -1), (0, 1)].into_iter().map(move |(dx, dy)| Pos { x: p.x + dx, y: p.y + dy })
}
fn main() {
    let mut heights: HashMap<Pos, u8> = HashMap::new();
    let rows = ["2199", "3987", "9856"];
    for (y, row) in rows.iter().enumerate() {
        for (x, ch) in row.bytes().enumerate() {
            heights.insert(Pos { x: x as i32, y: y as i32 }, ch - b'0');
        }
    }
    let mut lows: Vec<(Pos, u8)> = heights.iter()
        .filter(|(p, h)| neighbours(**p).all(|n| heights.get(&n).map_or(true, |nh| nh > h)))
        .map(|(p, h)| (*p, *h)).collect();
    lows.sort();
    println!("{:?}", lows);
    let risk: u32 = lows.iter().map(|(_, h)| *h as u32 + 1).sum();
    println!("risk {}", risk);
    let max = heights.values().max().copied().unwrap_or_default();
    let n_max = heights.values().filter(|&&h| h == max).count();
    println!("max {} x{}", max, n_max);
    let mut ps: Vec<&Pos> = heights.keys().filter(|p| p.y == 0).collect();
    ps.sort_by_key(|p| std::cmp::Reverse(p.x));
    println!("{:?}", ps.iter().map(|p| p.x).collect::<Vec<_>>());
}
