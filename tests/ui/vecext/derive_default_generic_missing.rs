#[derive(Debug, Default)]
struct Pair<T> {
    a: T,
    b: T,
}

struct NoDefault;

fn main() {
    let p: Pair<NoDefault> = Pair::default();
    let _ = (p.a, p.b);
}
