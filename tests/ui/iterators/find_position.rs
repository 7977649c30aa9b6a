// find returns the first matching item, position its index.
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
    println!("{:?}", steps(10).find(|x| *x * *x > 20));
    println!("{:?}", steps(10).find(|&x| x > 50));
    println!("{:?}", steps(10).position(|x| x == 7));
}
