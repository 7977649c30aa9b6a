type Name = &'static str;

fn greet(n: Name) -> String {
    format!("hello, {}", n)
}

fn main() {
    let names: Vec<Name> = vec!["ada", "alan"];
    for n in &names {
        println!("{}", greet(n));
    }
}
