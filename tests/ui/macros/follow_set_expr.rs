//@ mode: check
macro_rules! f { ($e:expr 1) => { $e }; }
fn main() { let _ = f!(2 1); }
