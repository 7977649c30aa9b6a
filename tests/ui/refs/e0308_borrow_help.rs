//@ mode: check
fn show(n: &i32) {
    println!("{n}");
}

fn main() {
    let x = 5;
    show(x);
}
