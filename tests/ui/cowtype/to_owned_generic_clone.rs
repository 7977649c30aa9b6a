// A generic function bounded by `Clone` may call `to_owned` on `&T`: the blanket impl.
fn duplicate<T: Clone>(x: &T) -> (T, T) {
    (x.to_owned(), x.clone())
}

#[derive(Debug, Clone)]
enum Shape {
    Dot,
    Line(u32),
}

fn main() {
    println!("{:?}", duplicate(&Shape::Line(3)));
    println!("{:?}", duplicate(&Shape::Dot));
    println!("{:?}", duplicate(&7u8));
}
