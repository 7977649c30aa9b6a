struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn run<F: FnOnce() -> u8>(f: F) -> u8 {
    f()
}

fn main() {
    let a = Noisy(1);
    let b = Noisy(2);
    let got = run(move || {
        let n = a.0;
        println!("in closure {}", b.0);
        n
    });
    println!("got {}", got);
    let c = Noisy(3);
    let eat = move || drop(c);
    eat();
    println!("end");
}
