fn main() {
    let b = Box::new(7);
    b.frobnicate();
}
