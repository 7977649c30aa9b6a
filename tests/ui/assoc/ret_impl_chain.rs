// Adapters on a returned `impl Iterator`, and one opaque fed to another function.
fn squares(n: u64) -> impl Iterator<Item = u64> {
    (1..=n).map(|x| x * x)
}

fn total(it: impl Iterator<Item = u64>) -> u64 {
    let mut s = 0;
    for x in it {
        s += x;
    }
    s
}

fn main() {
    println!("{}", total(squares(4)));
    for (i, s) in squares(3).skip(1).enumerate() {
        println!("{} {}", i, s);
    }
    println!("{}", squares(10).filter(|x| x % 2 == 1).count());
}
