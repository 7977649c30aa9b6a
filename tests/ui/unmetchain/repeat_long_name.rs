// A long type name: rustc drops the type from the label.
struct ExtraordinarilyLongNameForAToken;

fn main() {
    let n = std::iter::repeat(ExtraordinarilyLongNameForAToken).count();
    println!("{}", n);
}
