use std::rc::Rc;
use std::thread;

struct Config {
    name: Rc<String>,
    level: u8,
}

fn main() {
    let c = Config { name: Rc::new(String::from("dev")), level: 2 };
    let h = thread::spawn(move || {
        println!("{} {}", c.name, c.level);
    });
    h.join().unwrap();
}
