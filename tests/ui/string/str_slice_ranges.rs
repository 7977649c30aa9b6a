fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn main() {
    let s = String::from("hello world");
    let hello = &s[0..5];
    let world = &s[6..];
    let all = &s[..];
    println!("{} | {} | {}", hello, world, all);
    let t = "  padded  ";
    println!("[{}]", t[1..8].trim());
    println!("{}", &s[..=4]);
    let owned = s[6..].to_owned();
    println!("{} {}", owned, owned.len());
    let r = &s;
    println!("{}", &r[1..3]);
    let n = 3;
    println!("{}", &"héllo"[n..]);
    println!("{}", first_word("ab cd"));
    println!("{}", first_word("single"));
}
