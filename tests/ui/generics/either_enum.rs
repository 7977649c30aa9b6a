// An enum with two type parameters.
#[derive(Debug)]
enum Either<L, R> {
    Left(L),
    Right(R),
}

fn classify(n: i32) -> Either<i32, &'static str> {
    if n >= 0 { Either::Left(n) } else { Either::Right("negative") }
}

fn main() {
    for n in -1..2 {
        match classify(n) {
            Either::Left(v) => println!("left {}", v),
            Either::Right(s) => println!("right {}", s),
        }
    }
    let e: Either<bool, char> = Either::Right('r');
    println!("{:?}", e);
}
