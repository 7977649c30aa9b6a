//@ mode: check
// An `FnMut` parameter must be declared `mut` to be called.
fn run<F: FnMut()>(f: F) {
    f();
}

fn main() {
    let mut n = 0;
    run(|| n += 1);
    println!("{}", n);
}
