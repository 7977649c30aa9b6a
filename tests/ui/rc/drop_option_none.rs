// Setting an `Option` to `None` drops what it held; `take` moves it out.
struct Res(&'static str);

impl Drop for Res {
    fn drop(&mut self) {
        println!("release {}", self.0);
    }
}

fn main() {
    let mut a = Some(Res("a"));
    let mut b = Some(Res("b"));
    println!("a is some: {}", a.is_some());
    println!("set a to None");
    a = None;
    println!("a is none: {}", a.is_none());
    let taken = b.take();
    println!("took b: {}", taken.is_some());
    drop(taken);
    println!("b is none: {}", b.is_none());
}
