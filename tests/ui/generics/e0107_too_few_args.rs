//@ mode: check
enum Either<L, R> {
    Left(L),
    Right(R),
}

fn main() {
    let e: Either<i32> = Either::Left(1);
    if let Either::Left(n) = e {
        println!("{}", n);
    }
}
