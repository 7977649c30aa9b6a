// std compares a `Cow<[T]>` with a `Vec`, but not a `Vec` with a `Cow<[T]>`.
use std::borrow::Cow;

fn main() {
    let scores: Cow<[u32]> = Cow::Owned(vec![3, 4]);
    if vec![3, 4] == scores {
        println!("same");
    }
}
