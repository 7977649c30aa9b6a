// A counter: the returned `FnMut` closure owns its state and updates it.
fn counter(start: u32, step: u32) -> impl FnMut() -> u32 {
    let mut count = start;
    move || {
        count += step;
        count
    }
}

fn main() {
    let mut by_two = counter(0, 2);
    let mut by_ten = counter(100, 10);
    by_two();
    println!("{} {}", by_two(), by_ten());
    for _ in 0..3 {
        print!("{} ", by_ten());
    }
    println!();
}
