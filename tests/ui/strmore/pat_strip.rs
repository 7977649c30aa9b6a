fn main() {
    let tags = ["#rust", "@me", "plain"];
    for t in tags {
        match t.strip_prefix(|c| c == '#' || c == '@') {
            Some(rest) => println!("tag {}", rest),
            None => println!("no tag in {}", t),
        }
    }
    println!("{:?}", "42%".strip_suffix(|c: char| !c.is_numeric()));
    println!("{:?}", "42".strip_suffix(|c: char| !c.is_numeric()));
}
