// The pattern forms rustc's `Pattern` impls allow: a `char`, text, a `&String`,
// a slice of `char`s, a closure and a function.
fn is_sep(c: char) -> bool {
    c == ';' || c == ','
}

fn main() {
    let s = "alpha, beta; gamma";
    let owned = String::from("beta");
    let seps: &[char] = &[',', ';'];
    println!("{:?}", s.find('a'));
    println!("{:?}", s.find("gamma"));
    println!("{}", s.contains(&owned));
    println!("{:?}", s.split(seps).collect::<Vec<_>>());
    println!("{:?}", s.rfind(|c: char| c == 'a'));
    println!("{:?}", s.split(is_sep).map(str::trim).collect::<Vec<_>>());
    println!("{}", s.trim_start_matches("alpha"));
    println!("{}", s.replace(char::is_whitespace, "_"));
}
