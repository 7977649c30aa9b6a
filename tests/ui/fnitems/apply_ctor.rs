#[derive(Debug)]
struct Label(String);

fn build<F: FnOnce(String) -> Label>(make: F, text: &str) -> Label {
    make(text.to_string())
}

fn main() {
    let l = build(Label, "hi");
    println!("{:?}", l);
}
