type Meters = f64;
type Point = (Meters, Meters);

struct Path {
    points: Vec<Point>,
}

fn length(p: &Path) -> Meters {
    let mut total: Meters = 0.0;
    for w in p.points.windows(2) {
        let (dx, dy) = (w[1].0 - w[0].0, w[1].1 - w[0].1);
        total += (dx * dx + dy * dy).sqrt();
    }
    total
}

fn main() {
    let p = Path { points: vec![(0.0, 0.0), (3.0, 4.0), (3.0, 5.0)] };
    println!("{}", length(&p));
}
