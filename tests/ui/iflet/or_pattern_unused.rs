// An unused variable bound in every alternative: rustc points at each binding.
enum Dir {
    North(u32),
    South(u32),
    Still,
}

fn main() {
    let d = Dir::South(2);
    match d {
        Dir::North(steps) | Dir::South(steps) => println!("moving"),
        Dir::Still => println!("still"),
    }
    let _ = Dir::North(1);
}
