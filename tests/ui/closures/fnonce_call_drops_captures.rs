// A closure called through `FnOnce` is consumed: what it captured is dropped then.
struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn run<F: FnOnce()>(f: F) {
    f();
    println!("after call");
}

fn main() {
    let n = Noisy(String::from("a"));
    run(move || println!("using {}", n.0.len()));
    println!("end");
}
