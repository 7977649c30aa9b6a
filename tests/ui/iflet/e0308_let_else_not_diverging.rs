//@ mode: check
// The `else` block of a `let...else` must diverge.
enum Pet {
    Dog(u8),
    Cat,
}

fn main() {
    let p = Pet::Cat;
    let Pet::Dog(age) = p else {
        println!("not a dog");
    };
    println!("{age}");
}
