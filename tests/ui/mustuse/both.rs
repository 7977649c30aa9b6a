//@ mode: check
// A must_use function returning a must_use type: rustc warns twice, type first.
fn main() {
    let mut r: Result<i32, String> = Ok(1);
    std::mem::replace(&mut r, Ok(2));
    let words = vec!["1", "x"];
    words.iter().map(|w| w.parse::<i32>()).collect::<Result<Vec<i32>, _>>();
    let text = String::from(" a ");
    (text.trim());
    if true {
        text.trim();
    }
    let _ = text.trim();
    let _kept = text.to_uppercase();
    text.trim().len();
    text.chars();
    println!("{:?}", r);
}
