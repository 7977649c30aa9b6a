type Pt = (i32, i32);

const ORIGIN: Pt = (0, 0);
const STEPS: [Pt; 3] = [(1, 0), (0, 2), (-1, -1)];

fn main() {
    let mut at: Pt = ORIGIN;
    for (dx, dy) in STEPS {
        at = (at.0 + dx, at.1 + dy);
    }
    println!("{:?}", at);
}
