use std::fmt::{self, Write};

struct Buffer {
    parts: Vec<String>,
}

impl Write for Buffer {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.parts.push(s.to_uppercase());
        Ok(())
    }
}

fn main() {
    let mut b = Buffer { parts: Vec::new() };
    b.write_str("hello").unwrap();
    b.write_char('x').unwrap();
    let name = "ann";
    write!(b, "hi {}!", name).unwrap();
    writeln!(b, "<{}>", String::from("z")).unwrap();
    println!("{:?}", b.parts);
}
