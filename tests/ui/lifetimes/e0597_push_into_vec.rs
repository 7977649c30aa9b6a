// A vector keeps the references pushed into it.
fn main() {
    let mut names = Vec::new();
    {
        let name = String::from("Ferris");
        names.push(&name);
    }
    println!("{:?}", names);
}
