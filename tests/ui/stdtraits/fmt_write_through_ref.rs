use std::fmt::{self, Write};

fn line(out: &mut String, key: &str, value: i32) -> fmt::Result {
    write!(out, "{}=", key)?;
    writeln!(out, "{}", value)?;
    Ok(())
}

fn main() {
    let mut out = String::new();
    line(&mut out, "a", 1).unwrap();
    line(&mut out, "b", -2).unwrap();
    let r = &mut out;
    write!(r, "end").unwrap();
    println!("{}", out);
}
