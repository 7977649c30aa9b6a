// A `where` clause on an impl with `PartialOrd + Display`.
use std::fmt::Display;

struct Range2<T> {
    lo: T,
    hi: T,
}

impl<T> Range2<T>
where
    T: PartialOrd + Display + Copy,
{
    fn holds(&self, x: T) -> bool {
        self.lo <= x && x <= self.hi
    }

    fn show(&self) {
        println!("[{}, {}]", self.lo, self.hi);
    }
}

fn main() {
    let r = Range2 { lo: 1.0, hi: 2.0 };
    r.show();
    println!("{} {}", r.holds(1.5), r.holds(3.0));
    let c = Range2 { lo: 'a', hi: 'f' };
    println!("{}", c.holds('z'));
}
