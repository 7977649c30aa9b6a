// chain runs one iterator after the other.
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
    let all: u32 = steps(2).chain(steps(3)).sum();
    println!("{}", all);
    println!("{}", steps(2).chain(steps(3)).count());
}
