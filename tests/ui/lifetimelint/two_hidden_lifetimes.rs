//@ mode: check
struct Pair<'a, 'b> {
    left: &'a str,
    right: &'b str,
}

struct Store {
    words: Vec<String>,
}

impl Store {
    fn pair(&self) -> Pair {
        Pair { left: &self.words[0], right: &self.words[1] }
    }
}

fn main() {
    let s = Store { words: vec![String::from("a"), String::from("b")] };
    let p = s.pair();
    println!("{}{}", p.left, p.right);
}
