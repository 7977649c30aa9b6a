//@ mode: check
type Map<K, V> = Vec<(K, V)>;

fn main() {
    let m: Map<char> = Vec::new();
    println!("{}", m.len());
}
