//@ mode: check
// A parameter moved twice within one tuple expression (no loop involved).
struct Glove {
    size: u8,
}

fn pair_up(g: Glove) -> (Glove, Glove) {
    (g, g)
}

fn main() {
    let (a, _) = pair_up(Glove { size: 7 });
    println!("{}", a.size);
}
