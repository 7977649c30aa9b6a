use std::fmt;

struct W;

impl fmt::Display for W {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "w")
    }
}

fn main() {
    let mut m = HashMap::new();
    m.insert(1, W);
    println!("{}", m[&1]);
}
