// A `move` closure using a field of a type with `Drop` captures the whole value.
struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn run_mut<F: FnMut()>(mut f: F) {
    f();
    println!("after call mut");
}

fn main() {
    let m = Noisy(String::from("b"));
    run_mut(move || println!("using {}", m.0.len()));
    let k = Noisy(String::from("c"));
    let c = move || println!("using {}", k.0.len());
    c();
    println!("end");
}
