//@ mode: check
fn main() {
    let o: Option<i32> = None;
    match o {
        None => println!("nothing"),
    }
}
