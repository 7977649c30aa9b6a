// The shorter-lived argument is fine as long as the result is used inside its scope.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let outer = String::from("outer value");
    {
        let inner = String::from("inner");
        let result = longest(outer.as_str(), inner.as_str());
        println!("longest: {result}");
    }
    println!("outer still here: {outer}");
}
