fn main() {
    let o = Some(3);
    o.frobnicate();
}
