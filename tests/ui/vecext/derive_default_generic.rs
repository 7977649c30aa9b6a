#[derive(Debug, Default)]
struct Pair<T> {
    a: T,
    b: T,
}

#[derive(Debug, Default)]
struct Tagged<T> {
    tag: String,
    items: Vec<T>,
    best: Option<T>,
}

fn main() {
    let p: Pair<i32> = Pair::default();
    let q = Pair::<String>::default();
    let t: Tagged<bool> = Tagged::default();
    println!("{:?} {:?} {:?}", p, q, t);
    println!("{} {} {} {} {:?}", p.a, p.b, q.a.len(), t.tag, (t.items, t.best));
}
