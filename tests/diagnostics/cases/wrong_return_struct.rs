struct Wrapper {
    value: i32,
}

fn make() -> Wrapper {
    Wrapper { value: "x" }
}

fn main() {
    let w = make();
    println!("{}", w.value);
}
