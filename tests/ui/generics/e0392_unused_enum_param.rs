//@ mode: check
enum Signal<T> {
    On,
    Off,
}

fn main() {
    let _ = Signal::On;
}
