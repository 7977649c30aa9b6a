//@ mode: check
// Forgetting the parentheses of a method call.
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn dist(&self, other: &Point, scale: i32) -> i32 {
        (self.x - other.x + self.y - other.y) * scale
    }
}

fn main() {
    let name = String::from("Ferris");
    let n = name.len;
    let s: &str = "  hi  ";
    let t = s.trim;
    let mut v = vec![1, 2, 3];
    let p = v.push;
    let x: i32 = -4;
    let a = x.abs;
    let c = x.clone;
    let origin = Point { x: 0, y: 0 };
    let r = &origin;
    let d = r.dist;
    let o = Some(3);
    let u = o.unwrap_or;
    let k = 7;
    let w = k.to_string;
}
