use std::fmt;
struct Flag(bool);
struct Name { first: String, last: String }
impl fmt::Display for Flag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.0 { f.write_str("on") } else { f.write_str("off") }
    }
}
impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.first)?;
        f.write_str(" ")?;
        let up = self.last.to_uppercase();
        f.write_str(up.as_str())
    }
}
fn main() {
    println!("[{}] [{}]", Flag(true), Flag(false));
    let n = Name { first: "ada".into(), last: "lovelace".into() };
    println!("{}", n);
    let s = format!("{}|{}", n, Flag(true));
    println!("{} {}", s, s.len());
}
