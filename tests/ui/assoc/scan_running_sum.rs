// `scan` carries a state from item to item; `None` from the closure ends it.
fn main() {
    for s in (1..6).scan(0, |acc, x| {
        *acc += x;
        Some(*acc)
    }) {
        println!("{}", s);
    }
    let words = vec!["a", "bb", "ccc", "dddd"];
    for n in words.iter().scan(0, |total, w| {
        *total += w.len();
        if *total > 6 { None } else { Some(*total) }
    }) {
        println!("total {}", n);
    }
}
