// fold threads an accumulator through every item.
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
    let digits = steps(12).fold(0, |acc, x| if x >= 10 { acc + 2 } else { acc + 1 });
    println!("{}", digits);
}
