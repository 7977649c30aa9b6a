//@ mode: run
// A label inside a loop with the same label shadows it (rustc warns).
fn main() {
    let mut n = 0;
    'a: loop {
        'a: loop {
            n += 1;
            break 'a;
        }
        if n == 3 {
            break 'a;
        }
    }
    println!("{n}");
}
