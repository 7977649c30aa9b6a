// zip walks two iterators side by side, stopping at the shorter.
struct Steps {
    cur: u32,
    end: u32,
}

impl Iterator for Steps {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.cur >= self.end {
            return None;
        }
        self.cur += 1;
        Some(self.cur)
    }
}

fn steps(end: u32) -> Steps {
    Steps { cur: 0, end }
}


fn main() {
    for (a, b) in steps(3).zip(steps(10).map(|x| x * 2)) {
        println!("{} {}", a, b);
    }
}
