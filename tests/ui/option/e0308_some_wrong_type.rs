//@ mode: check
fn pick(flag: bool) -> Option<u32> {
    if flag { Some("yes") } else { None }
}

fn main() {
    println!("{:?}", pick(true));
}
