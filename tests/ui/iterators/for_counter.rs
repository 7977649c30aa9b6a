// A `for` loop over the learner's iterator calls its `next` until `None`.
struct Fib {
    a: u64,
    b: u64,
    left: u32,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let out = self.a;
        self.a = self.b;
        self.b += out;
        Some(out)
    }
}

fn main() {
    let fib = Fib { a: 0, b: 1, left: 3 };
    for x in fib {
        println!("{}", x);
    }
    for x in (Fib { a: 0, b: 1, left: 6 }) {
        print!("{} ", x);
    }
    println!();
}
