// A generic function takes any iterator of u32 through a bound.
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


fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    let mut sum = 0;
    for x in it {
        sum += x;
    }
    sum
}

fn main() {
    println!("{}", total(steps(4)));
    println!("{}", total(steps(4).map(|x| x * 10)));
}
