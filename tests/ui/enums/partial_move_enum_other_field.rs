// Moving a variant's field out and then reading the same value's other field (by a
// pattern that tests nothing) is fine; only the moved field is gone.
struct Seed {
    kind: u8,
}

struct Pot {
    seed: Seed,
    water: u32,
}

enum Garden {
    Planted(Pot),
}

fn main() {
    let g = Garden::Planted(Pot { seed: Seed { kind: 3 }, water: 2 });
    let Garden::Planted(pot) = g;
    let seed = pot.seed;
    let Pot { water, .. } = pot;
    println!("seed {} with {} water", seed.kind, water);
}
