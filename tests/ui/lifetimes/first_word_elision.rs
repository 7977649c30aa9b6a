// One input reference: the output borrows from it.
fn trimmed(s: &String) -> &str {
    s.trim()
}

fn main() {
    let text = String::from("  hello world  ");
    let w = trimmed(&text);
    println!("[{w}]");
}
