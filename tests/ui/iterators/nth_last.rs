// nth and last are consumers too.
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
    let mut s = steps(6);
    println!("{:?}", s.nth(2));
    println!("{:?}", s.nth(0));
    println!("{:?}", steps(6).last());
    println!("{:?}", steps(0).last());
}
