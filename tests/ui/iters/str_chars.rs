// `chars()` yields each `char`: count them, reverse them, pick one.
fn main() {
    let s = String::from("héllo");
    println!("{} {}", s.len(), s.chars().count());
    let rev: String = String::new();
    for c in s.chars().rev() {
        print!("{}", c);
    }
    println!("{}", rev);
    println!("{:?} {:?}", s.chars().nth(1), "xyz".chars().last());
    let vowels = s.chars().filter(|c| *c == 'e' || *c == 'o').count();
    println!("{}", vowels);
}
