// `&Id == Id`: no `PartialEq<Id>` for `&Id`, even with a hand-written `eq`.
struct Id(u32);

impl PartialEq for Id {
    fn eq(&self, other: &Id) -> bool {
        self.0 == other.0
    }
}

fn main() {
    let a = Id(1);
    let r = &a;
    println!("{}", r == Id(1));
}
