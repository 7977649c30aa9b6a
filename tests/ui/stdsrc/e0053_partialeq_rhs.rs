// `eq` of `PartialEq<u32>` taking `&u8`: rustc labels the part that differs.
#[derive(Debug)]
struct Meters(u32);

impl PartialEq<u32> for Meters {
    fn eq(&self, other: &u8) -> bool {
        self.0 == *other as u32
    }
}

fn main() {
    println!("{}", Meters(1) == 1);
}
