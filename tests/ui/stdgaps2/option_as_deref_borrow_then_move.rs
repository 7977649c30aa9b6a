fn first(xs: Option<&[String]>) -> &str {
    match xs {
        Some([a, ..]) => a.as_str(),
        _ => "",
    }
}

fn main() {
    let words = Some(vec!["x".to_string()]);
    let got = first(words.as_deref());
    drop(words);
    println!("{}", got);
}
