// `Cow::Borrowed(&seat)` of a type that is not `Clone`: E0277 at the variant's argument
// and at the built value.
use std::borrow::Cow;

struct Seat(u8);

fn main() {
    let seat = Seat(3);
    let c = Cow::Borrowed(&seat);
    let _ = c;
}
