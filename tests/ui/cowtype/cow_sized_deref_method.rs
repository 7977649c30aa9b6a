// A `Cow<Rect>` derefs to the `Rect`: its methods are called through the `Cow`.
use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq)]
struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }
    fn grow(&mut self) {
        self.w += 1;
        self.h += 1;
    }
}

fn main() {
    let r = Rect { w: 2, h: 3 };
    let mut c = Cow::Borrowed(&r);
    println!("{}", c.area());
    c.to_mut().grow();
    let inner: &Rect = &c;
    println!("{} {:?}", inner.area(), inner);
    let copy = (*c).clone();
    println!("{}", copy == r);
}
