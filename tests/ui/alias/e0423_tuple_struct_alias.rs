struct Pair(i32, i32);
type P = Pair;

fn main() {
    let p = P(1, 2);
    println!("{}", p.0 + p.1);
}
