//@ mode: check
fn f() -> &'static str {
    5
}
fn main() { f(); }
