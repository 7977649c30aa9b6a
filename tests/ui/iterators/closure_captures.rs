// Adapters take closures that capture from their environment.
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
    let factor = 3;
    let limit = 10;
    let mut seen = 0;
    let big = steps(6).map(|x| x * factor).filter(|x| *x > limit).count();
    steps(4).for_each(|x| seen += x);
    println!("{} {}", big, seen);
}
