struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        *self.0 += 1;
    }
}

struct Holder<'a> {
    g: Guard<'a>,
}

fn main() {
    let mut n = 0;
    let h = Holder { g: Guard(&mut n) };
    n += 1;
    let mut m = 0;
    let v = vec![Guard(&mut m)];
    println!("{}", m);
}
