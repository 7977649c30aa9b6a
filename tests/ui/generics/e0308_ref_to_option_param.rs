//@ mode: check
fn copy_out<T>(slot: &Option<T>) -> Option<T> {
    slot
}

fn main() {
    let _ = copy_out::<u8>;
}
