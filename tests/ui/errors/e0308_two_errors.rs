//@ mode: check
//@ edition: 2021
// Two independent type errors are both reported.
fn halve(n: i64) -> i64 {
    n / 2
}

fn main() {
    let flag: bool = 1;
    let half = halve("8");
    println!("{} {}", flag, half);
}
