use std::fmt;

struct Grid {
    cells: Vec<bool>,
    width: usize,
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, c) in self.cells.iter().enumerate() {
            f.write_str(if *c { "#" } else { "." })?;
            if (i + 1) % self.width == 0 {
                f.write_str("\n")?;
            }
        }
        Ok(())
    }
}

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "Point(x: {}, y: {})", self.x, self.y)
        } else {
            match f.precision() {
                Some(p) => write!(f, "({:.*}, {:.*})", p, self.x as f64, p, self.y as f64),
                None => write!(f, "({}, {})", self.x, self.y),
            }
        }
    }
}

fn main() {
    let g = Grid { cells: vec![true, false, false, true, true, false], width: 3 };
    print!("{}", g);
    let p = Point { x: 3, y: -4 };
    println!("{} {:#} {:.1}", p, p, p);
}
