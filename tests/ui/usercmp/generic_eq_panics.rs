// A learner's `eq` that panics, reached through a `T: PartialEq` function.
struct Strict(i32);

impl PartialEq for Strict {
    fn eq(&self, other: &Strict) -> bool {
        if self.0 < 0 || other.0 < 0 {
            panic!("negative value compared");
        }
        self.0 == other.0
    }
}

fn same<T: PartialEq>(a: &T, b: &T) -> bool {
    a == b
}

fn main() {
    println!("{}", same(&Strict(1), &Strict(1)));
    println!("{}", same(&Strict(2), &Strict(-2)));
}
