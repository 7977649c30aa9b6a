//@ mode: check
struct Slot {
    n: i32,
}

impl Slot {
    fn get(&mut self) -> &mut i32 {
        &mut self.n
    }
}

fn main() {
    let mut s = Slot { n: 1 };
    let a = s.get();
    let b = s.get();
    *a += 1;
    *b += 1;
}
