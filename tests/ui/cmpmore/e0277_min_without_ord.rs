// `Iterator::min` needs `Ord`: rustc suggests deriving it when every field is `Ord`.
#[derive(Debug, PartialEq, PartialOrd)]
struct Level(u32);

fn main() {
    let levels = vec![Level(3), Level(1)];
    let low = levels.into_iter().min();
    println!("{:?}", low);
}
