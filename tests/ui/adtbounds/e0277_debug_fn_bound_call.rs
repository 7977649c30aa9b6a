//@ mode: check
use std::fmt::Debug;
struct Secret;
fn show<T: Debug>(x: T) {}
fn main() {
    show(Secret);
}
