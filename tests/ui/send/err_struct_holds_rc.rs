use std::rc::Rc;
use std::thread;

struct Wrapper {
    inner: Rc<i32>,
}

fn show(w: Wrapper) {
    println!("{}", w.inner);
}

fn main() {
    let w = Wrapper { inner: Rc::new(1) };
    let h = thread::spawn(move || {
        show(w);
    });
    h.join().unwrap();
}
