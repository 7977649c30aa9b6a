//@ mode: check
const MAX = 10;

fn main() {}
