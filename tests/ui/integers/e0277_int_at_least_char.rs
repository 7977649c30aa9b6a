//@ mode: check
fn main() {
    let code = 65;
    println!("{}", code >= 'A');
}
