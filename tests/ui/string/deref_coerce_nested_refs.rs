fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn count(words: &[&str]) -> usize {
    let mut n = 0;
    for w in words {
        n += shout(w).len();
    }
    n
}

fn main() {
    let words = ["ab", "cde"];
    println!("{}", count(&words));
    let w = "x";
    let r = &w;
    let rr = &r;
    println!("{} {}", shout(r), shout(rr));
    let owned = String::from("yz");
    let ro = &&owned;
    println!("{}", shout(ro));
}
