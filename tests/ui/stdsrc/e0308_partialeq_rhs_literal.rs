// The only `PartialEq` impl of `Meters` takes `u32`: a `u8` literal is a mismatch.
struct Meters(u32);

impl PartialEq<u32> for Meters {
    fn eq(&self, other: &u32) -> bool {
        self.0 == *other
    }
}

fn main() {
    let m = Meters(4);
    println!("{}", m == 4u8);
}
