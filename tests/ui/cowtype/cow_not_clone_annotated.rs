// `Cow<Ticket>` of a type that is not `Clone`: `Cow` needs `B: ToOwned`, which the
// blanket impl gives only to `Clone` types; rustc reports each mention of the type.
use std::borrow::Cow;

struct Ticket {
    id: u32,
}

fn main() {
    let t = Ticket { id: 9 };
    let c: Cow<Ticket> = Cow::Borrowed(&t);
    let _ = c;
    println!("{}", t.id);
}
