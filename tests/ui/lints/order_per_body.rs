//@ mode: check
// Warnings come body by body: unused mut first, then liveness.
fn first() {
    let unused_one = 1;
}

fn second() {
    let mut m = 2;
    println!("{}", m);
}

fn main() {
    first();
    second();
    let mut p = 1;
    let q = 2;
    println!("{}", p);
}
