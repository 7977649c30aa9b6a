//@ mode: check
// A learner expects `trim` and `to_uppercase` to change the string in place.
fn main() {
    let mut name = String::from("  Ada Lovelace  ");
    name.trim();
    name.to_uppercase();
    name.to_lowercase();
    name.replace("Ada", "Augusta");
    name.trim_start();
    name.trim_end_matches(' ');
    name.len();
    name.is_empty();
    let word: &str = "hello";
    word.len();
    word.to_owned();
    word.repeat(3);
    word.strip_prefix("he");
    word.to_ascii_uppercase();
    word.split_whitespace();
    name.push('!');
    println!("{}", name);
}
