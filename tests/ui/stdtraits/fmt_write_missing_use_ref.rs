//@ mode: check
fn fill(s: &mut String) {
    writeln!(s, "row").unwrap();
}

fn main() {
    let mut s = String::new();
    fill(&mut s);
}
