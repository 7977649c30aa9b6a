// A `FnMut` cannot be called through a shared reference.
fn call_twice(f: &dyn FnMut()) {
    f();
    f();
}

fn main() {
    call_twice(&|| println!("tick"));
}
