//@ mode: check
fn main() {
    let c = 'x';
    println!("{}", c.is_alphabetc());
}
