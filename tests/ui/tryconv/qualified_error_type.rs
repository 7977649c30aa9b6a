fn check(r: Result<u8, <u8 as TryFrom<i32>>::Error>) {
    match r {
        Ok(v) => println!("got {}", v),
        Err(e) => println!("failed: {}", e),
    }
}

fn main() {
    check(u8::try_from(17));
    check(u8::try_from(1700));
}
