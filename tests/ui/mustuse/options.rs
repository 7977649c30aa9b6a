//@ mode: check
// `is_some`/`is_ok` only answer a question; `Result` itself must be used.
fn parse(s: &str) -> Result<i32, std::num::ParseIntError> {
    s.parse::<i32>()
}

fn main() {
    let maybe = Some(3);
    maybe.is_some();
    maybe.is_none();
    maybe.map(|v| v + 1);
    maybe.unwrap_or(0);
    let r: Result<i32, String> = Ok(1);
    r.is_ok();
    r.is_err();
    r.as_ref();
    parse("12");
    "7".parse::<u8>();
    let mut slot: Option<i32> = None;
    slot.insert(5);
    println!("{:?} {:?} {:?}", maybe, r, slot);
}
