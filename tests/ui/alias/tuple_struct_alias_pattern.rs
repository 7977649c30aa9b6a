struct Pair(i32, i32);
type P = Pair;

fn sum(p: &P) -> i32 {
    let Pair(a, b) = p;
    a + b
}

fn main() {
    let p: P = Pair(3, 4);
    println!("{}", sum(&p));
}
