// A derived `PartialEq` on a generic struct holds only when its argument has it too.
#[derive(PartialEq)]
struct Boxed<T>(T);

struct Raw(u8);

fn main() {
    let a = Boxed(Raw(1));
    let b = Boxed(Raw(1));
    println!("{}", a == b);
}
