// The learner's own iterator: `next` by hand, called directly.
struct Countdown {
    left: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.left == 0 {
            None
        } else {
            self.left -= 1;
            Some(self.left + 1)
        }
    }
}

fn main() {
    let mut c = Countdown { left: 3 };
    while let Some(n) = c.next() {
        println!("{}", n);
    }
    println!("{:?}", c.next());
}
