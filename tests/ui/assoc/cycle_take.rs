// `cycle` restarts the iterator from a copy of its start; `take` ends it.
#[derive(Clone)]
struct Counter {
    n: u32,
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < 2 {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}

fn main() {
    for x in (1..4).cycle().take(7) {
        print!("{} ", x);
    }
    println!();
    let v = vec!['a', 'b'];
    for c in v.iter().cycle().take(5) {
        print!("{}", c);
    }
    println!();
    for c in (Counter { n: 0 }).cycle().take(5) {
        print!("{} ", c);
    }
    println!();
    let empty: Vec<i32> = Vec::new();
    println!("{:?}", empty.iter().cycle().next());
    for (i, c) in "xy".chars().cycle().enumerate().skip(1).take(3) {
        print!("{}{} ", i, c);
    }
    println!();
}
