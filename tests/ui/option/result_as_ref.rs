fn main() {
    let mut r: Result<i32, i32> = Ok(1);
    if let Ok(v) = r.as_mut() {
        *v += 41;
    }
    println!("{:?}", r);
    match r.as_ref() {
        Ok(v) => println!("ok {v}"),
        Err(e) => println!("err {e}"),
    }
    let e: Result<i32, i32> = Err(7);
    println!("{:?}", e.as_ref());
}
