struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Noisy(String::from("a"));
    let b = Noisy(String::from("b"));
    let c = move || {
        let x = a;
        println!("using {} {}", x.0, b.0.len());
    };
    c();
    println!("end");
}
