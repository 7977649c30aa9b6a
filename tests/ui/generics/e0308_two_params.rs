//@ mode: check
fn choose<A, B>(a: A, b: B) -> A {
    b
}

fn main() {
    let _ = choose(1, 'c');
}
