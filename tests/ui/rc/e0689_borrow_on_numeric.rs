//@ mode: check
// `borrow`/`borrow_mut` are trait methods outside the prelude: on a numeric literal's
// still undecided type, rustc reports E0689.
fn main() {
    let counter = 5;
    let x = counter.borrow_mut();
    let y = 2.5.borrow();
}
