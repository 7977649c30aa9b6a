// The result is tied to `'a` only: the second argument may die first.
fn first_of<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    println!("ignoring {y}");
    x
}

fn main() {
    let keep = String::from("kept");
    let result;
    {
        let temp = String::from("temporary");
        result = first_of(&keep, &temp);
    }
    println!("{result}");
}
