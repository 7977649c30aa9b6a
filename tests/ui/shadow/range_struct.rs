#[derive(Debug)]
struct Range {
    lo: i32,
    hi: i32,
}

impl Range {
    fn width(&self) -> i32 {
        self.hi - self.lo
    }
}

fn main() {
    let r = Range { lo: 2, hi: 7 };
    let s: i32 = (r.lo..r.hi).sum();
    for i in 0..2 {
        println!("{} {}", i, r.width());
    }
    println!("{} {:?}", s, r);
}
