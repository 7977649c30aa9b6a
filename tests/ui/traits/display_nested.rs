// A Display impl that formats other Display values of the learner's types.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

struct Line {
    from: Point,
    to: Point,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

impl fmt::Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "from {}", self.from)?;
        write!(f, "to {}", self.to)
    }
}

fn main() {
    let l = Line { from: Point { x: 0, y: 0 }, to: Point { x: 5, y: 7 } };
    println!("{l}");
}
