#[derive(Debug, Default, Clone)]
struct Slot {
    taken: bool,
    label: String,
}

fn fill<T: Default + Clone>(n: usize) -> Vec<T> {
    let mut out = Vec::new();
    for _ in 0..n {
        out.push(T::default());
    }
    out
}

fn main() {
    let slots: Vec<Slot> = fill(2);
    println!("{:?}", slots);
    println!("{} {}", slots[0].taken, slots[1].label.len());
    let none: Option<Slot> = None;
    let s = none.unwrap_or_default();
    println!("{} {:?}", s.taken, s.label);
}
