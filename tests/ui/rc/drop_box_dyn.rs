// Boxes, including trait objects, drop what they hold.
trait Shape {
    fn name(&self) -> String;
}

struct Square(u32);

impl Shape for Square {
    fn name(&self) -> String {
        format!("square {}", self.0)
    }
}

impl Drop for Square {
    fn drop(&mut self) {
        println!("drop square {}", self.0);
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(1)), Box::new(Square(2))];
    for i in 0..shapes.len() {
        println!("{}", shapes[i].name());
    }
    let one = Box::new(Square(3));
    println!("{}", one.name());
    drop(shapes);
    println!("shapes dropped");
}
