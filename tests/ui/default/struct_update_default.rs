#[derive(Debug)]
struct Window {
    width: u32,
    height: u32,
    title: String,
}

impl Default for Window {
    fn default() -> Self {
        Window { width: 640, height: 480, title: String::from("untitled") }
    }
}

fn main() {
    let w = Window { width: 800, ..Default::default() };
    println!("{:?}", w);
    let t = Window { title: String::from("editor"), ..Window::default() };
    println!("{} {} {}", t.width, t.height, t.title);
}
