struct Counter { n: u32 }
impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { if self.n < 5 { self.n += 1; Some(self.n) } else { None } }
}
fn main() {
    let c = Counter { n: 0 };
    let r = c.rev();
    let _ = r;
}
