//@ mode: check
// `let Struct { a, .. } = s` moves `a` out of `s`: `s` is partially moved afterwards.
struct Label {
    code: u16,
}

struct Parcel {
    label: Label,
    weight: u32,
}

fn main() {
    let parcel = Parcel { label: Label { code: 7 }, weight: 12 };
    let Parcel { label, .. } = parcel;
    println!("{}", label.code);
    let sent = parcel;
    println!("{}", sent.weight);
}
