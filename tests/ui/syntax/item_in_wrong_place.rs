//@ mode: check
struct A {}
let x = 5;

fn main() {}
