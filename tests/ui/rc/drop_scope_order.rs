// Locals are dropped at the end of their scope, in reverse declaration order.
struct Noisy {
    name: &'static str,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let _first = Noisy { name: "first" };
    {
        let _inner = Noisy { name: "inner" };
        println!("leaving the inner block");
    }
    let _second = Noisy { name: "second" };
    println!("end of main");
}
