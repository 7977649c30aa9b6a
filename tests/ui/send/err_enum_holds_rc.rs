use std::rc::Rc;
use std::thread;

enum Job {
    Shared(Rc<Vec<i32>>),
    Empty,
}

fn run(j: Job) {
    match j {
        Job::Shared(v) => println!("{}", v.len()),
        Job::Empty => println!("empty"),
    }
}

fn main() {
    let j = Job::Shared(Rc::new(vec![1, 2]));
    let t = thread::spawn(move || run(j));
    t.join().unwrap();
}
