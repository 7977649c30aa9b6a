//@ mode: check
// `mut` in one alternative but not the other.
enum Dim {
    W(i32),
    H(i32),
}

fn main() {
    let d = Dim::W(3);
    match d {
        Dim::W(mut _v) | Dim::H(_v) => {}
    }
}
