// A bounded generic function calls the method of a generic impl.
use std::fmt::Display;

trait Render {
    fn render(&self);
}

struct Cell<T> {
    value: T,
}

impl<T: Display> Render for Cell<T> {
    fn render(&self) {
        println!("|{}|", self.value);
    }
}

fn render_twice<R: Render>(r: &R) {
    r.render();
    r.render();
}

fn main() {
    render_twice(&Cell { value: 7 });
    render_twice(&Cell { value: "seven" });
}
