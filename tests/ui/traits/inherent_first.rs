// An inherent method wins over a trait method of the same name; the trait's is
// still reachable with a qualified call.
trait Label {
    fn label(&self) -> &str;
}

struct Item;

impl Item {
    fn label(&self) -> &str {
        "inherent"
    }
}

impl Label for Item {
    fn label(&self) -> &str {
        "trait"
    }
}

fn main() {
    let i = Item;
    println!("{}", i.label());
    println!("{}", Label::label(&i));
    println!("{}", <Item as Label>::label(&i));
}
