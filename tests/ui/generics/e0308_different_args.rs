//@ mode: check
struct W<T>(T);
fn main() { let w: W<i32> = W(1); let _y: W<bool> = w; }
