//@ mode: check
fn take<T>(place: &mut T) -> T {
    place
}

fn main() {
    let _ = take::<String>;
}
