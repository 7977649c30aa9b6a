fn main() {
    let r = 0..3;
    r.frobnicate();
}
