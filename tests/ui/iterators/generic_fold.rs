// A generic function over any iterator, using its adapters.
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


fn count_big<I: Iterator<Item = u32>>(it: I, min: u32) -> usize {
    it.filter(|x| *x >= min).count()
}

fn main() {
    println!("{}", count_big(steps(10), 7));
}
