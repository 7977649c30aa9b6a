use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    thread::scope(|s| {
        let mine = Rc::clone(&shared);
        s.spawn(move || {
            println!("{}", mine.len());
        });
    });
}
