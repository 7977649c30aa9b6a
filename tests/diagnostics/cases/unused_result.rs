fn f() -> Result<i32, String> {
    Ok(1)
}

fn main() {
    f();
}
