// The learner's own iterator with std's adapters.
struct Counter {
    n: u32,
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < 5 {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}

fn counter() -> Counter {
    Counter { n: 0 }
}

fn main() {
    for (a, b) in counter().zip(counter().skip(1)) {
        println!("{} {}", a, b);
    }
    let mut total = 0;
    for x in counter().zip(counter().skip(1)).map(|(a, b)| a * b).filter(|x| x % 3 == 0) {
        total += x;
    }
    println!("{}", total);
    let mut p = counter().peekable();
    while let Some(x) = p.next_if(|x| *x < 3) {
        println!("p {}", x);
    }
    println!("{:?}", p.peek());
    for s in counter().scan(1, |acc, x| {
        *acc *= x;
        Some(*acc)
    }) {
        println!("s {}", s);
    }
    println!("{:?}", counter().last());
    for x in counter().map_while(|x| if x < 3 { Some(x * 100) } else { None }) {
        println!("mw {}", x);
    }
}
