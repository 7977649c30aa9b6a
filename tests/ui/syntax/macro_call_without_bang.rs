//@ mode: check
fn main() {
    println "Hello, world!";
}
