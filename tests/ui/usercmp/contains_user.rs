// `Vec::contains` compares with the element type's own `eq`.
struct Point {
    x: i32,
    y: i32,
}

// Points equal up to sign.
impl PartialEq for Point {
    fn eq(&self, other: &Point) -> bool {
        self.x.abs() == other.x.abs() && self.y.abs() == other.y.abs()
    }
}

fn main() {
    let pts = vec![Point { x: 1, y: 2 }, Point { x: -3, y: 4 }];
    println!("{}", pts.contains(&Point { x: -1, y: -2 }));
    println!("{}", pts.contains(&Point { x: 3, y: 4 }));
    println!("{}", pts.contains(&Point { x: 2, y: 1 }));
    let nums = vec![1, 2, 3];
    println!("{}", nums.contains(&2));
}
