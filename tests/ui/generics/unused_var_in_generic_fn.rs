//@ mode: check
fn pick<T>(a: T, b: T, first: bool) -> T { let unused = 3; if first { a } else { b } }
fn main() { let v = pick(1, 2, true); println!("{}", v); }
