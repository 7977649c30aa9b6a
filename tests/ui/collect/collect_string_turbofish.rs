fn main() {
    let shout = "quiet please"
        .chars()
        .map(|c| c.to_ascii_uppercase())
        .collect::<String>();
    println!("{}", shout);
}
