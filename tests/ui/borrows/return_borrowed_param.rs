// Returning references derived from parameters (lifetime elision) is fine.
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn x_ref(&self) -> &i32 {
        &self.x
    }

    fn y_mut(&mut self) -> &mut i32 {
        &mut self.y
    }
}

fn larger(p: &Point) -> &i32 {
    if p.x > p.y { &p.x } else { &p.y }
}

fn main() {
    let mut p = Point { x: 3, y: 7 };
    let big = larger(&p);
    println!("{big}");
    *p.y_mut() += 1;
    let x = p.x_ref();
    println!("{x} {}", p.y);
}
