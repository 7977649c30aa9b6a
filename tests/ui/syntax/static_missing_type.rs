//@ mode: check
static GREETING = "hi";

fn main() {}
