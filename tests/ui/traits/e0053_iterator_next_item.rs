//@ mode: check
struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;

    fn next(&mut self) -> Option<u64> {
        if self.0 == 0 { None } else { self.0 -= 1; Some(self.0 as u64) }
    }
}

fn main() {
    let _ = Countdown(3);
}
