trait Combine<Rhs = Self> {
    fn combine(&self, other: &Rhs) -> String;
}

struct Word(String);
struct Num(i32);

impl Combine for Word {
    fn combine(&self, other: &Word) -> String {
        format!("{}{}", self.0, other.0)
    }
}

impl Combine<Num> for Word {
    fn combine(&self, other: &Num) -> String {
        format!("{}#{}", self.0, other.0)
    }
}

fn main() {
    let a = Word(String::from("ab"));
    let b = Word(String::from("cd"));
    println!("{}", a.combine(&b));
    println!("{}", a.combine(&Num(7)));
}
