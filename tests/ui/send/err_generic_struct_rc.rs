use std::rc::Rc;
use std::thread;

struct Holder<T> {
    value: T,
}

fn main() {
    let h = Holder { value: Rc::new(String::from("hi")) };
    let t = thread::spawn(move || {
        let inner = h;
        println!("{}", inner.value);
    });
    t.join().unwrap();
}
