fn parse_bool(s: &str) -> Result<bool, &'static str> {
    match s {
        "yes" | "true" => Ok(true),
        "no" | "false" => Ok(false),
        _ => Err("not a boolean"),
    }
}

fn both(a: &str, b: &str) -> Result<bool, &'static str> {
    Ok(parse_bool(a)? && parse_bool(b)?)
}

fn main() {
    println!("{:?}", both("yes", "true"));
    println!("{:?}", both("yes", "maybe"));
    let results = [parse_bool("no"), parse_bool("x")];
    for r in results {
        match r {
            Ok(b) => println!("bool {b}"),
            Err(msg) => println!("error {msg}"),
        }
    }
    let ok_count = [parse_bool("yes").is_ok(), parse_bool("?").is_ok()];
    println!("{:?}", ok_count);
}
