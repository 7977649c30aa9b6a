// A field cannot be moved out of a value whose type implements Drop.
struct Holder {
    name: String,
}

impl Drop for Holder {
    fn drop(&mut self) {
        println!("drop holder");
    }
}

fn main() {
    let h = Holder { name: String::from("x") };
    let name = h.name;
    println!("{}", name);
}
