// `windows(2)` visits each pair of neighbours.
fn main() {
    let temps = vec![12, 15, 11, 18, 18];
    for w in temps.windows(2) {
        let change = w[1] - w[0];
        println!("{} -> {}: {}", w[0], w[1], change);
    }
}
