fn lookup(id: u32) -> Option<Option<&'static str>> {
    match id {
        0 => None,
        1 => Some(None),
        _ => Some(Some("found")),
    }
}

fn main() {
    for id in 0..3 {
        println!("{} -> {:?}", id, lookup(id).flatten());
    }
}
