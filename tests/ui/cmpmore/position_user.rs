// `iter().position(|x| *x == y)` and `contains` on a type with a hand-written `eq`.
struct Code(String);

impl PartialEq for Code {
    fn eq(&self, other: &Code) -> bool {
        self.0.trim() == other.0.trim()
    }
}

fn main() {
    let codes = vec![Code(String::from(" a1")), Code(String::from("b2 ")), Code(String::from("c3"))];
    let wanted = Code(String::from("b2"));
    println!("{:?}", codes.iter().position(|c| *c == wanted));
    println!("{:?}", codes.iter().position(|c| c == &Code(String::from("zz"))));
    println!("{}", codes.contains(&Code(String::from("  c3  "))));
}
