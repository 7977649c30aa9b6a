// `eq` must take `&Self`: taking the value is E0053.
struct Id(u32);

impl PartialEq for Id {
    fn eq(&self, other: Id) -> bool {
        self.0 == other.0
    }
}

fn main() {
    println!("{}", Id(1) == Id(1));
}
