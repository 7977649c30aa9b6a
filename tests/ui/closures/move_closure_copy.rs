// `move` copies a `Copy` value into the closure: later changes to the original do not show.
fn main() {
    let mut level = 3;
    let show = move || level * 100;
    level += 1;
    println!("{} {}", show(), level);
}
