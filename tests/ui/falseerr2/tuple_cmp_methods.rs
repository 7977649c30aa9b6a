#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level { Low, High }
fn main() {
    let mut v: Vec<(Level, &str)> = vec![(Level::Low, "b"), (Level::High, "a"), (Level::Low, "a")];
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    let mut w = vec![(2, 'x', true), (1, 'y', false), (2, 'a', false)];
    w.sort_by(|a, b| a.cmp(b).reverse());
    println!("{:?}", w);
    let p = (1.5, 2);
    println!("{:?} {:?}", p.partial_cmp(&(1.5, 3)), (3, "z").max((3, "a")));
    println!("{:?}", (Level::High, 1).cmp(&(Level::High, 0)));
    let best = v.iter().max_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(&b.0)));
    println!("{:?}", best);
}
