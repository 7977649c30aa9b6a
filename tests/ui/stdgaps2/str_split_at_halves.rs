fn halves(s: &str) -> (&str, &str) {
    let mut mid = s.len() / 2;
    while !s.is_char_boundary(mid) {
        mid += 1;
    }
    s.split_at(mid)
}

fn main() {
    for w in ["abcd", "añob", "日本語", ""] {
        let (l, r) = halves(w);
        println!("{:?} -> {:?} + {:?}", w, l, r);
    }
    let line = String::from("key=value");
    let eq = line.find('=').unwrap();
    let (k, v) = line.split_at(eq);
    println!("{} {}", k, &v[1..]);
    let mut it = line.chars();
    it.next_back();
    it.next();
    println!("{}", it.as_str());
    let mut cs = "xyz".chars();
    while cs.next().is_some() {
        println!("left: {:?}", cs.as_str());
    }
}
