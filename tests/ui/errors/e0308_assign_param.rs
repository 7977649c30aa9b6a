//@ mode: check
fn shout(mut msg: &str) -> &str {
    msg = 42;
    msg
}

fn main() {
    println!("{}", shout("hi"));
}
