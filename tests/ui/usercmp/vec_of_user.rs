// Comparing `Vec`s, `Option`s, tuples and arrays of a type with a hand-written `eq`:
// each element is compared through `Name::eq`.
struct Name(String);

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        self.0.len() == other.0.len()
    }
}

fn main() {
    let a = vec![Name(String::from("ab"))];
    let b = vec![Name(String::from("cd"))];
    let c = vec![Name(String::from("abc"))];
    println!("{} {}", a == b, a == c);
    println!("{}", Some(Name(String::from("x"))) == Some(Name(String::from("y"))));
    println!("{}", (1, Name(String::from("x"))) != (1, Name(String::from("yz"))));
    println!("{}", [Name(String::from("p"))] == [Name(String::from("q"))]);
}
