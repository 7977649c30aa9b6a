// `K: Eq` (whose supertrait is `PartialEq`) on a generic lookup helper; derived `Eq` types.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum Color {
    Red,
    Green,
}

fn count_of<K: Eq + Copy>(items: &[K], key: K) -> usize {
    let mut n = 0;
    for &k in items {
        if k != key {
            continue;
        }
        n += 1;
    }
    n
}

fn main() {
    let cs = [Color::Red, Color::Green, Color::Red];
    println!("{}", count_of(&cs, Color::Red));
    println!("{}", count_of(&[1, 2, 2, 3], 2));
    println!("{}", count_of(&["a", "b"], "c"));
}
