// A struct holding a borrowing std iterator names its lifetime: `Chars<'a>`.
struct Reader<'a> {
    chars: std::str::Chars<'a>,
    seen: usize,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Reader<'a> {
        Reader { chars: text.chars(), seen: 0 }
    }

    fn next_digit(&mut self) -> Option<u32> {
        while let Some(c) = self.chars.next() {
            self.seen += 1;
            if let Some(d) = c.to_digit(10) {
                return Some(d);
            }
        }
        None
    }
}

fn main() {
    let text = String::from("a1b22c3");
    let mut r = Reader::new(&text);
    let mut digits = Vec::new();
    while let Some(d) = r.next_digit() {
        digits.push(d);
    }
    println!("{:?} after {} chars", digits, r.seen);
}
