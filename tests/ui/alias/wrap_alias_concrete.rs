struct Wrap<T> {
    v: T,
}

impl<T> Wrap<T> {
    fn new(v: T) -> Self {
        Wrap { v }
    }
}

type IntWrap = Wrap<i32>;

fn main() {
    let a = IntWrap { v: 3 };
    let b = IntWrap::new(4);
    println!("{}", a.v + b.v);
}
