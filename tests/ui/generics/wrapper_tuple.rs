// A generic tuple struct and its constructor.
#[derive(Debug)]
struct Wrapper<T>(T);

fn unwrap<T>(w: Wrapper<T>) -> T {
    w.0
}

fn main() {
    let w = Wrapper(7u16);
    let s = Wrapper("boxed");
    println!("{:?} {}", w, s.0);
    println!("{}", unwrap(w) + 1);
}
