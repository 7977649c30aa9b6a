//@ mode: check
main() {
    println!("hi");
}
