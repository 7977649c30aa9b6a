use std::ops::Add;

#[derive(Debug)]
struct Path {
    parts: Vec<String>,
}

impl Add<&str> for Path {
    type Output = Path;

    fn add(mut self, part: &str) -> Path {
        self.parts.push(part.to_string());
        self
    }
}

fn main() {
    let p = Path { parts: Vec::new() };
    let p = p + "usr" + "local" + "bin";
    println!("{:?}", p.parts);
}
