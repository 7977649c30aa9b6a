// A `move` closure owns what it captures: dropping the closure drops it.
struct Light(&'static str);

impl Light {
    fn name(&self) -> &'static str {
        self.0
    }
}

impl Drop for Light {
    fn drop(&mut self) {
        println!("light {} off", self.0);
    }
}

fn main() {
    let kitchen = Light("kitchen");
    let hall = Light("hall");
    let show = move || println!("showing {}", kitchen.name());
    show();
    show();
    drop(show);
    println!("closure dropped");
    let shared = || println!("borrowing {}", hall.name());
    shared();
    println!("end of main");
}
