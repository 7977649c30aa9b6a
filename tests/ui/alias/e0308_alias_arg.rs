//@ mode: check
type Id = u32;

fn lookup(id: Id) -> bool {
    id > 10
}

fn main() {
    let name = "bob";
    println!("{}", lookup(name));
}
