fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn each<F>(items: &[&str], mut f: F) -> Vec<String>
where
    F: FnMut(&str) -> String,
{
    let mut out = Vec::new();
    for it in items {
        out.push(f(it));
    }
    out
}

fn main() {
    println!("{:?}", each(&["hi", "yo"], shout));
}
