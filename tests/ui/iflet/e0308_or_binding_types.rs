//@ mode: check
// A variable bound in several alternatives must have one type.
enum Num {
    Small(u8),
    Big(i64),
}

fn main() {
    let n = Num::Small(3);
    match n {
        Num::Small(v) | Num::Big(v) => println!("{v}"),
    }
}
