struct Counter { n: u32 }
impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { if self.n < 5 { self.n += 1; Some(self.n) } else { None } }
}
fn main() {
    let mut c = Counter { n: 0 };
    println!("{:?}", c.rfind(|x| *x == 2));
}
