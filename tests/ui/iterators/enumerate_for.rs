// enumerate pairs each item with its index.
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
    for (i, x) in steps(3).map(|x| x * 100).enumerate() {
        println!("{}: {}", i, x);
    }
}
