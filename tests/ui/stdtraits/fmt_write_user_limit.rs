use std::fmt;
use std::fmt::Write;

// A writer that refuses text once it is full: `write!` stops at the first `Err`.
struct Limited {
    text: String,
    cap: usize,
}

impl Write for Limited {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.text.len() + s.len() > self.cap {
            return Err(fmt::Error);
        }
        self.text.push_str(s);
        Ok(())
    }
}

fn main() {
    let mut w = Limited { text: String::new(), cap: 8 };
    let first = write!(w, "{}+{}", "abc", "de");
    let second = write!(w, "{}", "xyz");
    println!("{:?} {:?} {:?}", first, second, w.text);
}
