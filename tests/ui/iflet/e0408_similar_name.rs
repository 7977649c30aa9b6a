//@ mode: check
// Two alternatives binding differently named variables: rustc suggests the other name.
enum Pair {
    Left(u8),
    Right(u8),
}

fn main() {
    let p = Pair::Left(1);
    match p {
        Pair::Left(_a) | Pair::Right(_b) => {}
    }
}
