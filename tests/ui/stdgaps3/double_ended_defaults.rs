// `DoubleEndedIterator`'s provided methods, from std source.
struct Span {
    lo: u32,
    hi: u32,
}

impl Iterator for Span {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.lo < self.hi {
            self.lo += 1;
            Some(self.lo - 1)
        } else {
            None
        }
    }
}

impl DoubleEndedIterator for Span {
    fn next_back(&mut self) -> Option<u32> {
        if self.lo < self.hi {
            self.hi -= 1;
            Some(self.hi)
        } else {
            None
        }
    }
}

fn main() {
    let v = vec![1, 5, 2, 8, 3];
    println!("{:?}", v.iter().rfind(|&&x| x > 4));
    println!("{}", v.iter().rfold(0, |acc, &x| acc * 10 + x));
    println!("{:?}", v.iter().nth_back(1));
    let mut it = v.iter();
    println!("{:?} {:?} {:?}", it.nth_back(0), it.next_back(), it.nth_back(5));
    println!("{:?}", "a-b-c".chars().rfind(|c| c.is_alphabetic()));
    let mut s = Span { lo: 0, hi: 10 };
    println!("{:?} {:?}", s.rfind(|x| x % 3 == 0), s.nth_back(2));
    println!("{}", s.rfold(String::new(), |acc, x| acc + &x.to_string()));
}
