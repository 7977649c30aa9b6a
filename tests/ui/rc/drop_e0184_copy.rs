// A type cannot be both Copy and Drop.
#[derive(Clone, Copy)]
struct Point {
    x: i32,
}

impl Drop for Point {
    fn drop(&mut self) {
        println!("drop point {}", self.x);
    }
}

fn main() {
    let p = Point { x: 1 };
    println!("{}", p.x);
}
