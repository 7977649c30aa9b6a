// A function building a `Vec<Token<'a>>` from borrowed words.
struct Token<'a> {
    text: &'a str,
}

fn tokens<'a>(words: &[&'a str]) -> Vec<Token<'a>> {
    let mut out = Vec::new();
    for w in words {
        out.push(Token { text: *w });
    }
    out
}

fn main() {
    let words = ["a", "bb"];
    let t = tokens(&words);
    for tok in &t {
        println!("{}", tok.text);
    }
}
