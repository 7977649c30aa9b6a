// any and all stop at the first item that decides.
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
    println!("{}", steps(5).any(|x| x == 3));
    println!("{}", steps(5).all(|x| x < 5));
    let mut s = steps(5);
    println!("{}", s.any(|x| x == 2));
    println!("{:?}", s.next());
}
