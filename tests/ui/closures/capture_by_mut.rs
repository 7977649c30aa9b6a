// A closure that mutates a captured counter is FnMut: its variable must be `mut`.
fn main() {
    let mut count = 0;
    let mut tick = || count += 1;
    tick();
    tick();
    tick();
    println!("count = {}", count);
}
