fn store(name: String) -> usize {
    name.len()
}

fn main() {
    println!("{}", store("bob"));
}
