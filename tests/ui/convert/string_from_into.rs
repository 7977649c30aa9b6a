fn shout(s: &str) -> String {
    let mut out = String::from(s);
    out.push('!');
    out
}

fn main() {
    let a = String::from("hello");
    let b: String = "world".into();
    let c = String::from('x');
    let d = String::from(&a);
    println!("{} {} {} {}", a, b, c, d);
    println!("{}", shout("hey"));
}
