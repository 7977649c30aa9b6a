// A derived `PartialOrd` beside a hand-written `PartialEq` (the derive needs the supertrait, which the impl provides).
#[derive(Debug, PartialOrd)]
struct Code(u32, String);

impl PartialEq for Code {
    fn eq(&self, other: &Code) -> bool {
        self.0 == other.0
    }
}

fn main() {
    let a = Code(1, String::from("a"));
    let b = Code(2, String::from("b"));
    println!("{} {} {:?}", a < b, a == b, a.partial_cmp(&b));
}
