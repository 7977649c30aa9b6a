// A `&dyn Fn` parameter accepts closures of any captures, one at a time.
fn show(label: &str, f: &dyn Fn(&str) -> String) {
    println!("{}: {}", label, f(label));
}

fn main() {
    let suffix = String::from("!!");
    show("upper", &|s| s.to_uppercase());
    show("shout", &|s| format!("{}{}", s, suffix));
}
