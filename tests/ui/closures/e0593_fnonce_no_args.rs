//@ mode: check
// An `FnOnce()` takes no arguments.
fn run<F>(f: F)
where
    F: FnOnce(),
{
    f()
}

fn main() {
    run(|x: i32| println!("{}", x));
}
