fn run<T, F: FnOnce() -> T>(f: F) -> Option<T> {
    let _ = f;
    None
}

fn main() {
    let h = run(move || {
        panic!("worker failed");
    });
    println!("{}", h.is_none());
}
