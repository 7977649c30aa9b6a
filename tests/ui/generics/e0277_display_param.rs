//@ mode: check
fn show<T>(x: T) {
    println!("{}", x);
}

fn main() {
    show(1);
}
