use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

fn main() {
    let a = 42.to_string();
    let b = 3.5.to_string();
    let c = 'c'.to_string();
    let d = true.to_string();
    let e = "text".to_string();
    let p = Point { x: 1, y: -2 };
    let f = p.to_string();
    let n: u8 = 7;
    let g = n.to_string();
    let h = String::from("own").to_string();
    println!("{} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h);
    println!("{}", a.len() + f.len());
}
