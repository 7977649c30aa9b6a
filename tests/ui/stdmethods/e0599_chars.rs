fn main() {
    for c in "ab".chars().frobnicate() {}
}
