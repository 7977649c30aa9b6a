fn main() {
    let answers = vec![true, false, true];
    let yes: u32 = answers.iter().map(|a| *a).sum();
    println!("{}", yes);
}
