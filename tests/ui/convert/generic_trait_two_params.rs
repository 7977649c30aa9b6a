trait Pair<A, B> {
    fn make(&self) -> (A, B);
}

struct Seed(i32);

impl Pair<i32, bool> for Seed {
    fn make(&self) -> (i32, bool) {
        (self.0, self.0 > 0)
    }
}

impl Pair<String, char> for Seed {
    fn make(&self) -> (String, char) {
        (format!("seed {}", self.0), 's')
    }
}

fn describe<T: Pair<String, char>>(t: &T) -> String {
    let (text, c) = t.make();
    format!("{} [{}]", text, c)
}

fn main() {
    let s = Seed(5);
    let (n, pos): (i32, bool) = s.make();
    println!("{} {}", n, pos);
    println!("{}", describe(&s));
}
