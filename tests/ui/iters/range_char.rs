// `char` ranges step through the characters.
fn main() {
    for c in 'a'..='e' {
        print!("{}", c);
    }
    println!();
    let early = ('a'..'z').filter(|c| *c < 'f').count();
    println!("{}", early);
}
