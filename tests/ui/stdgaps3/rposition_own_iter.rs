struct Steps {
    n: u32,
}

impl Iterator for Steps {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < 3 {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}

fn main() {
    let mut s = Steps { n: 0 };
    println!("{:?}", s.rposition(|x| x == 2));
}
