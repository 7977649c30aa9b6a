// Mapping and summing the learner's iterator with a turbofish.
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
    let total = steps(5).map(|x| x * x).sum::<u32>();
    println!("{}", total);
}
