//@ mode: check
fn poke<T>(x: T) {
    x.frobnicate();
}

fn main() {
    poke(1);
}
